package org.reassure.monitoring.alert;

import java.time.Instant;
import java.util.List;

import org.reassure.monitoring.AlertId;
import org.reassure.monitoring.BreachAlertAcknowledged;
import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Sector;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;

/**
 * A sector that crossed its threshold: the window of the violations counted, the threshold it crossed, the evidence,
 * and whether a monitor has acknowledged it.
 */
public record Alert(AlertId id, Sector sector, Instant windowStart, Instant windowEnd, Threshold threshold, List<BreachAlertRaised.Evidence> evidence,
        Instant raisedAt, AlertStatus status, String acknowledgedBy, Instant acknowledgedAt) {

    public Alert {
        evidence = List.copyOf(evidence);
    }

    static Alert raise(Sector sector, Threshold threshold, List<BreachAlertRaised.Evidence> evidence, Instant now) {
        if (evidence.size() < threshold.minIncidents()) {
            throw new IllegalArgumentException("evidence: " + evidence.size() + " incidents do not reach the threshold of " + threshold.minIncidents());
        }
        return new Alert(AlertId.random(), sector, evidence.get(0).firstObserved(), evidence.get(evidence.size() - 1).firstObserved(), threshold,
                evidence, now, AlertStatus.OPEN, null, null);
    }

    /** Taken in hand by a monitor; refused unless the alert is still OPEN. */
    Alert acknowledgeBy(Actor actor, Instant at) {
        if (status != AlertStatus.OPEN) {
            throw new Conflict("status", "alert " + id + " is " + status + " (by " + acknowledgedBy + " at " + acknowledgedAt
                    + "); only an OPEN alert can be acknowledged");
        }
        return new Alert(id, sector, windowStart, windowEnd, threshold, evidence, raisedAt, AlertStatus.ACKNOWLEDGED, actor.user(), at);
    }

    BreachAlertRaised raised() {
        return new BreachAlertRaised(id, sector, windowStart, windowEnd, threshold.minIncidents(), threshold.window(), evidence, raisedAt);
    }

    BreachAlertAcknowledged acknowledged(Actor by) {
        return new BreachAlertAcknowledged(id, sector, by, acknowledgedAt);
    }
}
