package org.reassure.governance;

import java.time.Instant;

/** Published when the secretariat opens a proposal. */
public record ProposalOpened(ProposalId proposal, String title, String component, DecisionRule rule, Electorate electorate, Integer weightTable,
		int statutesVersion, Instant deadline, String openedBy) {
}
