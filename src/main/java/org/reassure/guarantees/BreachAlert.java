package org.reassure.guarantees;

import java.time.Instant;

import org.reassure.shared.RuleViolation;

/**
 * What a monitoring alert tells the guarantee system when it suggests the ceasefire was breached.
 */
public record BreachAlert(String source, String reference, String summary, Instant raisedAt) {

	public BreachAlert {
		if (source == null || source.isBlank() || reference == null || reference.isBlank()) {
			throw new RuleViolation("reference", "required", "an alert names its source and reference");
		}
		if (summary == null || summary.isBlank()) {
			throw new RuleViolation("summary", "required", "an alert says what was observed");
		}
	}

	/** The reason recorded for the breach review it opens. */
	public String reason() {
		String text = "Monitoring alert " + source + "/" + reference + ": " + summary;
		return text.length() <= GuaranteeSystem.MAX_REASON_LENGTH ? text : text.substring(0, GuaranteeSystem.MAX_REASON_LENGTH);
	}
}
