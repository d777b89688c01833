package org.reassure.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A sector of the line crossed its alert threshold: at least {@code minIncidents} corroborated (or verified) ceasefire
 * violations first observed within {@code window}, all of them in {@code [windowStart, windowEnd]}. Published in the
 * transaction that stores the alert and records it in the ledger with the same evidence; listen after commit
 * ({@code @ApplicationModuleListener}) to act on it, e.g. to open a breach review.
 *
 * @param evidence the incidents counted, oldest first, as they stood when the alert was raised
 */
public record BreachAlertRaised(AlertId alertId, Sector sector, Instant windowStart, Instant windowEnd, int minIncidents, Duration window,
        List<Evidence> evidence, Instant raisedAt) {

    public BreachAlertRaised {
        evidence = List.copyOf(evidence);
    }

    /** One incident behind an alert, with how many reports and independent sources supported it then. */
    public record Evidence(IncidentId incident, Category category, IncidentStatus status, Instant firstObserved, Oblast oblast, int reportCount,
            int independentSources) {
    }
}
