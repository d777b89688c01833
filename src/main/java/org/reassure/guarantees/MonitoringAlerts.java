package org.reassure.guarantees;

import java.util.stream.Collectors;

import org.reassure.monitoring.BreachAlertRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a breach review when monitoring raises a sector alert, once the alert is stored: the Special Commission finds
 * the review open with the alert's evidence in its reason, and closes it or determines an attack. The review is
 * opened after the alert's transaction commits, in its own, never on the ingest path. An alert raised while the ceasefire is not
 * in force, or while a review is already open, changes nothing ({@link GuaranteeActivation#openBreachReview(BreachAlert)}).
 */
@Component
class MonitoringAlerts {

	private static final int EVIDENCE_LISTED = 5;

	private final GuaranteeActivation activation;

	MonitoringAlerts(GuaranteeActivation activation) {
		this.activation = activation;
	}

	@ApplicationModuleListener
	void on(BreachAlertRaised alert) {
		activation.openBreachReview(new BreachAlert("monitoring", alert.alertId().toString(), summary(alert), alert.raisedAt()));
	}

	private static String summary(BreachAlertRaised alert) {
		String incidents = alert.evidence()
			.stream()
			.limit(EVIDENCE_LISTED)
			.map(e -> e.category() + " " + e.oblast() + " " + e.firstObserved() + " (" + e.independentSources() + " sources)")
			.collect(Collectors.joining("; "));
		return "sector %s, %d violations from %s to %s: %s".formatted(alert.sector().label(), alert.evidence().size(), alert.windowStart(),
				alert.windowEnd(), incidents);
	}
}
