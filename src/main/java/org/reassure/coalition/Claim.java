package org.reassure.coalition;

import java.util.List;
import java.util.Objects;

import org.reassure.shared.RuleViolation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One sourced statement about a participant or the coalition ({@link #COALITION}). Claims that
 * disagree are kept side by side, never merged.
 */
public record Claim(ClaimId id, String subject, Predicate predicate, String value, Confidence confidence, List<Citation> citations) {

	public static final String COALITION = "coalition";
	public static final int MAX_VALUE_LENGTH = 500;

	public Claim {
		Objects.requireNonNull(id, "id");
		if (subject == null || subject.isBlank()) {
			throw new RuleViolation("subject", "required", "a claim is about a participant code or 'coalition'");
		}
		if (predicate == null) {
			throw new RuleViolation("predicate", "required", "a claim needs a predicate");
		}
		if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
			throw new RuleViolation("value", "length", "a claim's value is 1 to " + MAX_VALUE_LENGTH + " characters");
		}
		if (confidence == null) {
			throw new RuleViolation("confidence", "required", "a claim needs a confidence: HIGH, MEDIUM or LOW");
		}
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "every claim needs at least one citation");
		}
		citations = List.copyOf(citations);
	}

	@JsonIgnore
	public boolean isAboutCoalition() {
		return COALITION.equals(subject);
	}
}
