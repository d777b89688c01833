package org.reassure.coalition;

/**
 * What a claim asserts about its subject.
 */
public enum Predicate {
	MEMBER, NOT_MEMBER, PARTNER, SUPPORTED_STATE, ROLE, STANCE, JOIN_DATE,
	MEMBER_COUNT, FOUNDED_ON, FIRST_MEETING, PURPOSE, DEPENDENCY, GAP, TROOP_ESTIMATE;

	/** Predicates that bear on whether a participant is in the coalition. */
	public boolean bearsOnStanding() {
		return this == MEMBER || this == NOT_MEMBER || this == PARTNER || this == SUPPORTED_STATE;
	}
}
