package org.reassure.monitoring.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one sector's violations crossed its threshold. A window ending at a violation holds the violations of the
 * preceding {@code window} (start excluded, end included); it crosses when it holds at least {@code minIncidents}.
 * Windows never overlap: after a crossing that ends at E, the next one must start at or after E, so sustained fire
 * raises at most one alert per window length. Violations observed at the same instant as the end are all counted.
 */
final class ThresholdCrossings {

    /** A window that crossed: the violations first observed after {@code start} and up to {@code end}. */
    record Window(Instant start, Instant end, int violations) {
    }

    private ThresholdCrossings() {
    }

    /**
     * @param observedMs the first observation times of the violations, in epoch milliseconds, oldest first
     * @param notBefore  the end of the sector's last alert window: no crossing may start before it
     * @return the windows that crossed, oldest first
     */
    static List<Window> find(long[] observedMs, Threshold threshold, Instant notBefore) {
        List<Window> crossings = new ArrayList<>();
        long windowMs = threshold.window().toMillis();
        long lastEndMs = notBefore.toEpochMilli();
        int first = 0;
        for (int end = 0; end < observedMs.length; end++) {
            long endMs = observedMs[end];
            long startMs = endMs - windowMs;
            while (observedMs[first] <= startMs) {
                first++;
            }
            while (end + 1 < observedMs.length && observedMs[end + 1] == endMs) {
                end++;
            }
            if (end - first + 1 >= threshold.minIncidents() && startMs >= lastEndMs) {
                crossings.add(new Window(Instant.ofEpochMilli(startMs), Instant.ofEpochMilli(endMs), end - first + 1));
                lastEndMs = endMs;
            }
        }
        return crossings;
    }
}
