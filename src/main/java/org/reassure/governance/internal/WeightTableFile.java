package org.reassure.governance.internal;

import java.util.Map;

import org.reassure.governance.WeightBasis;
import org.reassure.governance.WeightTableDraft;
import org.reassure.shared.RuleViolation;

/**
 * The weight table file format (src/main/resources/governance/weights/*.json): a weight per
 * participant code and the source of the figures.
 */
public record WeightTableFile(WeightBasis basis, String title, CitationEntry source, Map<String, Long> weights) {

	public WeightTableDraft toDraft() {
		if (source == null) {
			throw new RuleViolation("source", "required", "a weight table cites where its figures come from");
		}
		return WeightTableDraft.of(basis, title, source.toCitation(), weights);
	}
}
