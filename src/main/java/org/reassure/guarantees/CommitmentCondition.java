package org.reassure.guarantees;

/**
 * A condition a nation attaches to its commitment.
 */
public enum CommitmentCondition {
	ONLY_AFTER_CEASEFIRE, US_BACKSTOP, OUTSIDE_UKRAINE_ONLY, SUBJECT_TO_PARLIAMENT, TIME_LIMITED
}
