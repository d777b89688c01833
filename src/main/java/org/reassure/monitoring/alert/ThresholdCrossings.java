package org.reassure.monitoring.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.reassure.monitoring.BreachAlertRaised;

/**
 * Where one sector's violations crossed its threshold. A window ending at a violation holds the violations of the
 * preceding {@code window} (start excluded, end included); it crosses when it holds at least {@code minIncidents}.
 * Windows never overlap: after a crossing that ends at E, the next one must start at or after E, so sustained fire
 * raises at most one alert per window length. Violations observed at the same instant as the end are all counted.
 */
final class ThresholdCrossings {

    private ThresholdCrossings() {
    }

    /**
     * @param violations oldest first
     * @param notBefore  the end of the sector's last alert window: no crossing may start before it
     * @return the evidence of each crossing, oldest crossing first
     */
    static List<List<BreachAlertRaised.Evidence>> find(List<BreachAlertRaised.Evidence> violations, Threshold threshold, Instant notBefore) {
        List<List<BreachAlertRaised.Evidence>> crossings = new ArrayList<>();
        Instant lastEnd = notBefore;
        int first = 0;
        for (int end = 0; end < violations.size(); end++) {
            Instant endTime = violations.get(end).firstObserved();
            Instant start = endTime.minus(threshold.window());
            while (!violations.get(first).firstObserved().isAfter(start)) {
                first++;
            }
            while (end + 1 < violations.size() && violations.get(end + 1).firstObserved().equals(endTime)) {
                end++;
            }
            if (end - first + 1 >= threshold.minIncidents() && !start.isBefore(lastEnd)) {
                crossings.add(List.copyOf(violations.subList(first, end + 1)));
                lastEnd = endTime;
            }
        }
        return crossings;
    }
}
