package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.guarantees.Callers.post;
import static org.reassure.guarantees.Callers.staff;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sector alert stored just before the process died, whose event never reached the guarantees module, still opens
 * its breach review at the next start; alerts from before the ceasefire entered into force do not. A context of its
 * own: it moves the guarantee system.
 */
@SpringBootTest(properties = "reassure.guarantees.consultation-hours=48")
@AutoConfigureMockMvc
class MissedAlertTest {

	private static final String ACTIVATION = "/api/v1/guarantees/activation";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GuaranteeActivation activation;

	@Autowired
	MonitoringAlerts monitoringAlerts;

	@Test
	void anAlertStoredJustBeforeACrashOpensItsReviewAtTheNextStart() throws Exception {
		String beforeTheCeasefire = storedAlertWithoutItsEvent(3, Instant.now().minus(Duration.ofMinutes(5)));
		mvc.perform(post(ACTIVATION + "/ceasefire-declaration", "{\"reason\":\"declared\"}").with(staff(Role.SECRETARIAT))).andExpect(status().isOk());
		mvc.perform(post(ACTIVATION + "/ceasefire-entry-into-force", "{\"reason\":\"in force\"}").with(staff(Role.SECRETARIAT))).andExpect(status().isOk());

		monitoringAlerts.takeUpMissedAlert();
		assertThat(activation.status().system().state()).as("an alert from before the ceasefire was in force is not taken up")
			.isEqualTo(ActivationState.CEASEFIRE_IN_FORCE);

		String missed = storedAlertWithoutItsEvent(9, Instant.now().plusMillis(5));
		monitoringAlerts.takeUpMissedAlert();

		ActivationStatus status = activation.status();
		assertThat(status.system().state()).isEqualTo(ActivationState.BREACH_UNDER_REVIEW);
		assertThat(status.history().get(0).reason()).contains("monitoring/" + missed).contains("sector S09").doesNotContain(beforeTheCeasefire);
	}

	/** What monitoring commits when it raises an alert, as if the process died before the event reached anyone. */
	private String storedAlertWithoutItsEvent(int sector, Instant raisedAt) {
		String id = UUID.randomUUID().toString();
		long observed = raisedAt.minus(Duration.ofMinutes(10)).toEpochMilli();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					INSERT INTO monitoring_alerts (id, sector, window_start, window_end, min_incidents, window_seconds, raised_at, status)
					VALUES (?, ?, ?, ?, 1, 3600, ?, 'OPEN')""").params(id, sector, observed, observed, raisedAt.toEpochMilli()).update();
			jdbc.sql("""
					INSERT INTO monitoring_alert_evidence (alert_id, incident_id, category, status, first_observed_at, oblast, report_count,
					independent_sources) VALUES (?, ?, 'EXPLOSION_IMPACT', 'CORROBORATED', ?, 'DONETSK', 3, 2)""")
				.params(id, UUID.randomUUID().toString(), observed)
				.update();
			ledger.record(LedgerEntry.of(Actor.SYSTEM, "monitoring.alert.raised", Map.of("alertId", id, "sector", sector)));
		});
		return id;
	}
}
