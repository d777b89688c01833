package org.reassure.guarantees;

import java.util.EnumSet;
import java.util.Set;

import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * What a nation commits: under which component, what kind, how much, when and on which conditions.
 */
public record CommitmentTerms(NationCode nation, String component, CommitmentKind kind, Measure measure, TimeSpan span,
		Set<CommitmentCondition> conditions, String description) {

	public static final int MAX_DESCRIPTION_LENGTH = 500;

	public CommitmentTerms {
		if (nation == null) {
			throw new RuleViolation("nation", "required", "a commitment belongs to a nation");
		}
		if (component == null || component.isBlank()) {
			throw new RuleViolation("component", "required", "a commitment falls under one of the five guarantee components");
		}
		if (kind == null) {
			throw new RuleViolation("kind", "required", "a commitment needs a kind");
		}
		if (span == null) {
			throw new RuleViolation("startsOn", "required", "a commitment needs a time span");
		}
		conditions = conditions == null || conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
		if (conditions.contains(CommitmentCondition.TIME_LIMITED) && span.end() == null) {
			throw new RuleViolation("endsOn", "time-limited", "a time-limited commitment needs an end date");
		}
		if (description != null && (description.isBlank() || description.length() > MAX_DESCRIPTION_LENGTH)) {
			throw new RuleViolation("description", "length", "a description is 1 to " + MAX_DESCRIPTION_LENGTH + " characters");
		}
	}

	public boolean subjectToParliament() {
		return conditions.contains(CommitmentCondition.SUBJECT_TO_PARLIAMENT);
	}
}
