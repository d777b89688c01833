package org.reassure.governance;

import org.reassure.shared.NationCode;

/** Published when a nation's liaison changes its ballot before the deadline. */
public record BallotChanged(ProposalId proposal, NationCode nation, BallotChoice from, BallotChoice to, String changedBy) {
}
