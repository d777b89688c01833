package org.reassure.governance;

import org.reassure.shared.NationCode;

/** Published when a nation's liaison casts its ballot on a proposal. */
public record BallotCast(ProposalId proposal, NationCode nation, BallotChoice choice, String castBy) {
}
