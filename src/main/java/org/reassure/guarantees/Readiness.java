package org.reassure.guarantees;

/**
 * Whether a commitment could be acted on today if a ceasefire were declared.
 */
public enum Readiness {
	READY, AWAITS_GOVERNMENT, AWAITS_PARLIAMENT, EXPIRED, WITHDRAWN;

	/** Still on its way: counted as pending in the totals (expired and withdrawn commitments count as neither). */
	public boolean pending() {
		return this == AWAITS_GOVERNMENT || this == AWAITS_PARLIAMENT;
	}
}
