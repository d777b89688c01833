package org.reassure.governance;

/**
 * Where a proposal stands: decided one way or the other, or still open to ballots.
 */
public enum Outcome {
	PASSED, FAILED, PENDING
}
