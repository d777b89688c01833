package org.reassure.monitoring;

import java.time.Instant;

import org.reassure.shared.RuleViolation;

/**
 * Which incidents to list: first observed within [from, to), optionally in one oblast, sector, category or status,
 * newest first, at most {@code limit}.
 */
public record IncidentQuery(Instant from, Instant to, Oblast oblast, Integer sector, Category category, IncidentStatus status, int limit) {

	public static final int MAX_LIMIT = 10_000;

	public IncidentQuery {
		if (from == null || to == null || !from.isBefore(to)) {
			throw new RuleViolation("from", "range", "from and to are required, with from before to");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new RuleViolation("limit", "range", "limit must be within [1, " + MAX_LIMIT + "], was " + limit);
		}
	}
}
