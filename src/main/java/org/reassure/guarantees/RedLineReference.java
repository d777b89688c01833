package org.reassure.guarantees;

import java.util.List;

import org.reassure.coalition.Citation;
import org.reassure.shared.RuleViolation;

/**
 * A red line with the sources that state it.
 */
public record RedLineReference(RedLine line, String nameEn, String nameFr, List<Citation> citations) {

	public RedLineReference {
		if (line == null) {
			throw new RuleViolation("line", "required", "name the red line");
		}
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "every red line cites its sources");
		}
		citations = List.copyOf(citations);
	}
}
