package org.reassure.monitoring.fusion;

import java.time.Duration;

/**
 * When two reports are of the same event, and how long fusion waits for late ones.
 *
 * @param maxDistanceM     reports at most this far apart (metres) may be of one event
 * @param timeWindow       reports at most this far apart in observation time may be of one event
 * @param allowedLateness  how far behind the newest observation time a report may arrive and still be fused; later
 *                         ones are refused as {@link Admission#LATE}. It bounds memory and the delay before an
 *                         incident is closed: {@code timeWindow + allowedLateness} behind the newest observation.
 */
public record FusionSettings(double maxDistanceM, Duration timeWindow, Duration allowedLateness) {

    public FusionSettings {
        if (!(maxDistanceM > 0 && maxDistanceM <= 100_000)) {
            throw new IllegalArgumentException("maxDistanceM: must be within (0, 100000] metres, was " + maxDistanceM);
        }
        if (timeWindow == null || timeWindow.isNegative() || timeWindow.toMillis() > Duration.ofDays(1).toMillis()) {
            throw new IllegalArgumentException("timeWindow: must be a duration within [0, 1 day]");
        }
        if (allowedLateness == null || allowedLateness.isNegative() || allowedLateness.toMillis() > Duration.ofDays(1).toMillis()) {
            throw new IllegalArgumentException("allowedLateness: must be a duration within [0, 1 day]");
        }
    }

    /** 2 km, 120 s, and reports up to 120 s late. */
    public static FusionSettings standard() {
        return new FusionSettings(2_000, Duration.ofSeconds(120), Duration.ofSeconds(120));
    }
}
