package org.reassure.monitoring.alert;

import java.time.Duration;

/**
 * At least {@code minIncidents} corroborated ceasefire violations first observed within {@code window} in one sector.
 */
public record Threshold(int minIncidents, Duration window) {

    static final Duration LONGEST_WINDOW = Duration.ofDays(7);

    public Threshold {
        if (minIncidents < 1 || minIncidents > 10_000) {
            throw new IllegalArgumentException("min-incidents: must be within [1, 10000], was " + minIncidents);
        }
        if (window == null || window.isNegative() || window.isZero() || window.compareTo(LONGEST_WINDOW) > 0) {
            throw new IllegalArgumentException("window: must be longer than 0 and at most 7 days, was " + window);
        }
    }
}
