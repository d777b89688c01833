package org.reassure.governance;

import java.time.Instant;
import java.util.List;

import org.reassure.shared.NationCode;

/** Published once a proposal's deadline has passed and its outcome is recorded; {@code bound} are those the decision binds. */
public record ProposalDecided(ProposalId proposal, String title, String component, Outcome outcome, List<NationCode> bound, Explanation explanation,
		Instant decidedAt) {
}
