package org.reassure.guarantees;

import java.util.stream.Collectors;

import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.BreachAlerts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a breach review when monitoring raises a sector alert, once the alert is stored: the Special Commission finds
 * the review open with the alert's evidence in its reason, and closes it or determines an attack. The review is
 * opened after the alert's transaction commits, in its own, never on the ingest path. An alert raised while the ceasefire is not
 * in force, or while a review is already open, changes nothing ({@link GuaranteeActivation#openBreachReview(BreachAlert)}).
 * An alert stored just before a crash, whose event was lost with the process, is taken up at the next start.
 */
@Component
class MonitoringAlerts {

	private static final int EVIDENCE_LISTED = 5;

	private final GuaranteeActivation activation;
	private final BreachAlerts alerts;
	private final boolean serving;

	MonitoringAlerts(GuaranteeActivation activation, BreachAlerts alerts, @Value("${reassure.listeners.enabled:true}") boolean serving) {
		this.activation = activation;
		this.alerts = alerts;
		this.serving = serving;
	}

	@ApplicationModuleListener
	void on(BreachAlertRaised alert) {
		activation.openBreachReview(new BreachAlert("monitoring", alert.alertId().toString(), summary(alert), alert.raisedAt()));
	}

	/**
	 * On start, takes up an alert whose event died with the previous process between the alert's commit and this
	 * listener. Every alert raised since the guarantee system last changed state would have moved it (or been left
	 * aside because it was not in force), so the oldest such alert is the one that was missed. Not for the
	 * command-line tools, which never write here.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void takeUpMissedAlert() {
		if (serving) {
			alerts.firstRaisedAfter(activation.status().system().since()).ifPresent(this::on);
		}
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
