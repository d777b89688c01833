package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.reassure.guarantees.Callers.get;
import static org.reassure.guarantees.Callers.liaison;
import static org.reassure.guarantees.Callers.post;
import static org.reassure.guarantees.Callers.staff;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.reassure.monitoring.AlertId;
import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.Sector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * The activation state machine through the API, from negotiation to an attack determined: each
 * move by its role only (403 otherwise), in order only (409 naming the state otherwise), each in
 * the history and the ledger; the attack opens consultations with a 72-hour deadline.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActivationApiTest {

	static final String ACTIVATION = "/api/v1/guarantees/activation";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuaranteeActivation activation;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void playsTheGuaranteeSystemFromNegotiationToConsultationsAfterAnAttack() throws Exception {
		mvc.perform(post("/api/v1/guarantees/commitments", """
				{"component":"COMMITMENTS_IF_ATTACKED","kind":"SANCTIONS","startsOn":"2026-03-01"}""").with(liaison("PL"))).andExpect(status().isCreated());
		mvc.perform(get(ACTIVATION).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.state").value("NEGOTIATION"))
			.andExpect(jsonPath("$.guaranteesActive").value(false))
			.andExpect(jsonPath("$.nextMoves[0].transition").value("DECLARE_CEASEFIRE"))
			.andExpect(jsonPath("$.nextMoves[0].triggeredBy").value("SECRETARIAT"));

		assertThat(activation.openBreachReview(new BreachAlert("monitoring", "alert-3", "fire before any ceasefire", Instant.now())))
			.as("an alert before the ceasefire is in force changes nothing").isEmpty();
		move("ceasefire-declaration", Role.COMMISSION, 403);
		mvc.perform(post(ACTIVATION + "/breach-review", reason()).with(staff(Role.COMMISSION)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("state"))
			.andExpect(jsonPath("$.detail").value(containsString("NEGOTIATION")));
		mvc.perform(post(ACTIVATION + "/ceasefire-declaration", "{\"reason\":\" \"}").with(staff(Role.SECRETARIAT)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		move("ceasefire-declaration", Role.SECRETARIAT, 200);
		mvc.perform(post(ACTIVATION + "/ceasefire-declaration", reason()).with(staff(Role.SECRETARIAT)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("CEASEFIRE_DECLARED")));
		move("ceasefire-entry-into-force", Role.SECRETARIAT, 200);
		mvc.perform(get(ACTIVATION).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.guaranteesActive").value(true))
			.andExpect(jsonPath("$.forceDeploymentAuthorisable").value(true));

		AlertId alert = sectorAlertRaised(7);
		awaitState("BREACH_UNDER_REVIEW");
		mvc.perform(get(ACTIVATION).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.history[0].by").value("system"))
			.andExpect(jsonPath("$.history[0].reason").value(containsString("monitoring/" + alert + ": sector S07, 1 violations")))
			.andExpect(jsonPath("$.history[0].reason").value(containsString("EXPLOSION_IMPACT DONETSK")));
		assertThat(activation.openBreachReview(new BreachAlert("monitoring", "alert-18", "more fire", Instant.now())))
			.as("a second alert while the review is open changes nothing").isEmpty();
		move("breach-review-closure", Role.SECRETARIAT, 403);
		move("breach-review-closure", Role.COMMISSION, 200);
		move("breach-review", Role.COMMISSION, 200);
		mvc.perform(post(ACTIVATION + "/attack-determination", "{\"reason\":\"attributed\",\"consultationHours\":0}").with(staff(Role.COMMISSION)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consultationHours"));
		String determined = mvc.perform(post(ACTIVATION + "/attack-determination", reason()).with(staff(Role.COMMISSION)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.to").value("ATTACK_DETERMINED"))
			.andReturn().getResponse().getContentAsString();
		Instant at = Instant.parse(JsonPath.read(determined, "$.at"));

		String status = mvc.perform(get(ACTIVATION).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.state").value("ATTACK_DETERMINED"))
			.andExpect(jsonPath("$.consultation.open").value(true))
			.andExpect(jsonPath("$.consultation.awaited", hasItem("PL")))
			.andExpect(jsonPath("$.history.length()").value(6))
			.andExpect(jsonPath("$.history[0].by").value("commission-user"))
			.andExpect(jsonPath("$.history[3].by").value("system"))
			.andReturn().getResponse().getContentAsString();
		assertThat(Duration.between(at, Instant.parse(JsonPath.read(status, "$.consultation.deadline")))).isEqualTo(Duration.ofHours(72));

		mvc.perform(post(ACTIVATION + "/consultation/responses", "{\"position\":\"ACTS\"}").with(liaison("IT")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nation"));
		mvc.perform(post(ACTIVATION + "/consultation/responses", "{\"position\":\"ACTS\",\"statement\":\"Sanctions package ready\"}").with(liaison("PL")))
			.andExpect(status().isOk());
		mvc.perform(get(ACTIVATION).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.consultation.answered", hasItem("PL")))
			.andExpect(jsonPath("$.consultation.awaited", not(hasItem("PL"))));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE action LIKE 'guarantees.activation.%'").query(Integer.class).single()).isEqualTo(6);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE action LIKE 'guarantees.consultation.%'").query(Integer.class).single()).isEqualTo(2);
	}

	private void move(String path, Role role, int expected) throws Exception {
		mvc.perform(post(ACTIVATION + "/" + path, reason()).with(staff(role))).andExpect(status().is(expected));
	}

	private static String reason() {
		return "{\"reason\":\"recorded by the test\"}";
	}

	private void awaitState(String state) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!JsonPath.read(mvc.perform(get(ACTIVATION).with(staff(Role.VIEWER))).andReturn().getResponse().getContentAsString(), "$.state").equals(state)
				&& System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		mvc.perform(get(ACTIVATION).with(staff(Role.VIEWER))).andExpect(jsonPath("$.state").value(state));
	}

	/** Monitoring stores and publishes a sector alert, in its own transaction, as its alert thread does. */
	private AlertId sectorAlertRaised(int sector) {
		AlertId id = AlertId.random();
		Instant observed = Instant.now().minus(Duration.ofMinutes(10));
		BreachAlertRaised.Evidence evidence = new BreachAlertRaised.Evidence(IncidentId.parse(UUID.randomUUID().toString()), Category.EXPLOSION_IMPACT,
				IncidentStatus.CORROBORATED, observed, Oblast.DONETSK, 3, 2);
		transactions.executeWithoutResult(status -> events.publishEvent(
				new BreachAlertRaised(id, new Sector(sector), observed, observed, 1, Duration.ofHours(1), List.of(evidence), Instant.now())));
		return id;
	}
}
