package org.reassure.governance;

import org.reassure.shared.NationCode;

/** Published when a nation's liaison withdraws its ballot before the deadline. */
public record BallotWithdrawn(ProposalId proposal, NationCode nation, BallotChoice withdrawn, String withdrawnBy) {
}
