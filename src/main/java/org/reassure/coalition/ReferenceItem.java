package org.reassure.coalition;

import java.util.List;

import org.reassure.shared.RuleViolation;

/**
 * A fixed element of the coalition's purpose: a founding commitment, an objective of the force or
 * one of the five guarantee components.
 */
public record ReferenceItem(Category category, String code, int number, String nameEn, String nameFr, String descriptionEn,
		String descriptionFr, List<Citation> citations) {

	public enum Category {
		FOUNDING_COMMITMENT, FORCE_OBJECTIVE, GUARANTEE_COMPONENT
	}

	public ReferenceItem {
		if (code == null || code.isBlank()) {
			throw new RuleViolation("code", "required", "a reference item needs a code");
		}
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "every reference item needs at least one citation");
		}
		citations = List.copyOf(citations);
	}
}
