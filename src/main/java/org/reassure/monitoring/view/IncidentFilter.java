package org.reassure.monitoring.view;

import java.time.Duration;
import java.time.Instant;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.shared.RuleViolation;

/**
 * Which incidents a view shows: first observed within [from, to), at most {@value #MAX_DAYS} days, optionally in one
 * oblast, sector, category or status (further narrowed by the reader's clearance).
 */
public record IncidentFilter(Instant from, Instant to, Oblast oblast, Integer sector, Category category, IncidentStatus status) {

    public static final int MAX_DAYS = 366;

    public IncidentFilter {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new RuleViolation("from", "range", "from and to are required, with from before to");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new RuleViolation("to", "range", "a view covers at most " + MAX_DAYS + " days; narrow from and to");
        }
        if (sector != null && (sector < 1 || sector > 99)) {
            throw new RuleViolation("sector", "range", "sector must be within [1, 99], was " + sector);
        }
    }

    public static IncidentFilter between(Instant from, Instant to) {
        return new IncidentFilter(from, to, null, null, null, null);
    }
}
