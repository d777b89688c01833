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

import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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

	@Test
	void playsTheGuaranteeSystemFromNegotiationToConsultationsAfterAnAttack() throws Exception {
		mvc.perform(post("/api/v1/guarantees/commitments", """
				{"component":"COMMITMENTS_IF_ATTACKED","kind":"SANCTIONS","startsOn":"2026-03-01"}""").with(liaison("PL"))).andExpect(status().isCreated());
		mvc.perform(get(ACTIVATION).with(staff(Role.VIEWER)))
			.andExpect(jsonPath("$.state").value("NEGOTIATION"))
			.andExpect(jsonPath("$.guaranteesActive").value(false))
			.andExpect(jsonPath("$.nextMoves[0].transition").value("DECLARE_CEASEFIRE"))
			.andExpect(jsonPath("$.nextMoves[0].triggeredBy").value("SECRETARIAT"));

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

		assertThat(activation.openBreachReview(new BreachAlert("monitoring", "alert-17", "artillery fire across the line", Instant.now()))).isPresent();
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
}
