package org.reassure.governance;

import java.time.Instant;
import java.util.Objects;

import org.reassure.shared.NationCode;

/**
 * One participant's ballot on a proposal: who cast it for that nation, when, and when it last changed.
 */
public record Ballot(NationCode nation, BallotChoice choice, String castBy, Instant castAt, Instant changedAt) {

	public Ballot {
		Objects.requireNonNull(nation, "nation");
		Objects.requireNonNull(choice, "choice");
	}

	/** A ballot as the tally sees it, without who cast it or when. */
	public static Ballot of(NationCode nation, BallotChoice choice) {
		return new Ballot(nation, choice, null, null, null);
	}

	Ballot changedTo(BallotChoice newChoice, String by, Instant at) {
		return new Ballot(nation, newChoice, by, castAt, at);
	}
}
