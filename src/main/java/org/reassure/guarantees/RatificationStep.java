package org.reassure.guarantees;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * One dated, sourced step of a nation's ratification: a government decision, a chamber's vote, a
 * court's review, promulgation. It may concern one commitment.
 */
public record RatificationStep(String id, NationCode nation, LocalDate date, Kind kind, String chamber, Outcome outcome, String description,
		CommitmentId commitment, List<Citation> citations) {

	public static final int MAX_DESCRIPTION_LENGTH = 500;

	public enum Kind {
		GOVERNMENT_DECISION, COMMITTEE_REVIEW, CHAMBER_VOTE, CONSTITUTIONAL_REVIEW, PROMULGATION, OTHER
	}

	public enum Outcome {
		SCHEDULED, APPROVED, REJECTED
	}

	public RatificationStep {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(nation, "nation");
		if (date == null) {
			throw new RuleViolation("date", "required", "a step has a date (planned or done)");
		}
		if (kind == null) {
			throw new RuleViolation("kind", "required", "a step has a kind");
		}
		if (outcome == null) {
			throw new RuleViolation("outcome", "required", "a step has an outcome: SCHEDULED, APPROVED or REJECTED");
		}
		if (kind == Kind.CHAMBER_VOTE && (chamber == null || chamber.isBlank())) {
			throw new RuleViolation("chamber", "required", "a chamber vote names its chamber");
		}
		if (chamber != null && chamber.length() > RatificationRoute.MAX_CHAMBER_LENGTH) {
			throw new RuleViolation("chamber", "length", "a chamber is named in at most " + RatificationRoute.MAX_CHAMBER_LENGTH + " characters");
		}
		if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION_LENGTH) {
			throw new RuleViolation("description", "length", "a step is described in 1 to " + MAX_DESCRIPTION_LENGTH + " characters");
		}
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "every step cites at least one source");
		}
		citations = List.copyOf(citations);
	}

	public static String nextId() {
		return UUID.randomUUID().toString();
	}

	/** Refuses a chamber vote in a chamber the nation's documented route does not name. */
	public void requireFits(RatificationRoute route) {
		if (kind == Kind.CHAMBER_VOTE && route.documented() && !route.chambers().contains(chamber)) {
			throw new RuleViolation("chamber", "route", "the documented route of " + nation + " names the chambers " + route.chambers() + ", not '" + chamber + "'");
		}
	}
}
