package org.reassure.monitoring.web;

import java.time.Instant;
import java.util.List;

import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.alert.Alert;
import org.reassure.monitoring.alert.AlertStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An alert as the API shows it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AlertView(String id, String sector, Instant windowStart, Instant windowEnd, int minIncidents, long windowSeconds, Instant raisedAt,
        AlertStatus status, String acknowledgedBy, Instant acknowledgedAt, List<Evidence> evidence) {

    /** One incident counted, as it stood when the alert was raised. */
    record Evidence(String incidentId, Category category, IncidentStatus status, Instant firstObserved, Oblast oblast, int reportCount,
            int independentSources) {

        static Evidence of(BreachAlertRaised.Evidence evidence) {
            return new Evidence(evidence.incident().toString(), evidence.category(), evidence.status(), evidence.firstObserved(), evidence.oblast(),
                    evidence.reportCount(), evidence.independentSources());
        }
    }

    static AlertView of(Alert alert) {
        return new AlertView(alert.id().toString(), alert.sector().label(), alert.windowStart(), alert.windowEnd(), alert.threshold().minIncidents(),
                alert.threshold().window().toSeconds(), alert.raisedAt(), alert.status(), alert.acknowledgedBy(), alert.acknowledgedAt(),
                alert.evidence().stream().map(Evidence::of).toList());
    }
}
