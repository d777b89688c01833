package org.reassure.guarantees;

import java.time.LocalDate;

import org.reassure.shared.RuleViolation;

/**
 * When a commitment applies: from its start, until its end when it has one.
 */
public record TimeSpan(LocalDate start, LocalDate end) {

	public TimeSpan {
		if (start == null) {
			throw new RuleViolation("startsOn", "required", "a commitment needs a start date");
		}
		if (end != null && end.isBefore(start)) {
			throw new RuleViolation("endsOn", "after-start", "the end (" + end + ") is before the start (" + start + ")");
		}
	}

	public boolean isOver(LocalDate day) {
		return end != null && end.isBefore(day);
	}
}
