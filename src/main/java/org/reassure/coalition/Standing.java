package org.reassure.coalition;

import java.util.Collection;

/**
 * Where a participant stands, derived from the claims about it. A participant that one source
 * counts in and another counts out is DISPUTED: both claims stay visible.
 */
public enum Standing {
	MEMBER, DISPUTED, PARTNER, SUPPORTED_STATE, NOT_MEMBER, UNCLAIMED;

	public static Standing of(Collection<Claim> claims) {
		boolean member = has(claims, Predicate.MEMBER);
		boolean notMember = has(claims, Predicate.NOT_MEMBER);
		if (has(claims, Predicate.SUPPORTED_STATE)) {
			return SUPPORTED_STATE;
		}
		if (member && notMember) {
			return DISPUTED;
		}
		if (member) {
			return MEMBER;
		}
		if (has(claims, Predicate.PARTNER)) {
			return PARTNER;
		}
		return notMember ? NOT_MEMBER : UNCLAIMED;
	}

	/** Whether the platform lists it among the coalition's participants (members, disputed, partners, Ukraine). */
	public boolean participates() {
		return this != NOT_MEMBER && this != UNCLAIMED;
	}

	private static boolean has(Collection<Claim> claims, Predicate predicate) {
		return claims.stream().anyMatch(c -> c.predicate() == predicate);
	}
}
