package org.reassure.guarantees;

import java.util.List;

/**
 * One nation's ratification picture: its route, its steps, and the commitments the caller may see
 * with how ready each is today.
 */
public record NationRatification(RatificationRoute route, List<RatificationStep> steps, List<CommitmentReadiness> commitments) {

	/** A commitment and whether it could be acted on today. */
	public record CommitmentReadiness(Commitment commitment, Readiness readiness) {
	}
}
