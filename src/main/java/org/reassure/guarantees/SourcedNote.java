package org.reassure.guarantees;

import java.util.List;

import org.reassure.coalition.Citation;
import org.reassure.shared.RuleViolation;

/**
 * A short text in English and French with the sources it rests on.
 */
public record SourcedNote(String en, String fr, List<Citation> citations) {

	public SourcedNote {
		if (en == null || en.isBlank() || fr == null || fr.isBlank()) {
			throw new RuleViolation("note", "required", "a note is written in English and French");
		}
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "a note cites its sources");
		}
		citations = List.copyOf(citations);
	}
}
