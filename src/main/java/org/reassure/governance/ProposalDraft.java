package org.reassure.governance;

import java.time.Instant;
import java.util.List;

/**
 * What the secretariat asks for when opening a proposal. {@code component} is a guarantee
 * component code or null; {@code electorate} lists participant codes, or is null for the
 * electorate the statutes define.
 */
public record ProposalDraft(String title, String text, String component, List<String> options, Instant deadline, RuleTerms rule,
		List<String> electorate) {

	public ProposalDraft {
		options = options == null ? List.of() : List.copyOf(options);
		electorate = electorate == null ? null : List.copyOf(electorate);
	}
}
