package org.reassure.ledger;

import java.time.Instant;

import org.reassure.shared.RuleViolation;

/**
 * Which entries to list: sequence range {@code [from, to)}, module (action prefix), nation, exact
 * action, time range {@code [since, until)}; null means any. At most {@code limit} entries, the
 * newest first unless a {@code from} is given.
 */
public record EntryFilter(Long from, Long to, String module, String nation, String action, Instant since, Instant until, int limit) {

	public static final int MAX_LIMIT = 1000;

	public EntryFilter {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new RuleViolation("limit", "range", "limit is 1 to " + MAX_LIMIT + ", was " + limit);
		}
		if (from != null && from < 0) {
			throw new RuleViolation("from", "range", "from is a sequence number, >= 0");
		}
		if (from != null && to != null && to < from) {
			throw new RuleViolation("to", "range", "to must not be below from");
		}
		module = blankToNull(module);
		nation = blankToNull(nation);
		action = blankToNull(action);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
