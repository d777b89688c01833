package org.reassure.coalition;

import java.util.Objects;

import org.reassure.shared.RuleViolation;

/**
 * Where a fact comes from: a quote from a source article, or for the public record a description
 * of what was reported.
 */
public record Citation(SourceId source, String quote, String description) {

	public static final int MAX_QUOTE_LENGTH = 200;
	public static final int MAX_DESCRIPTION_LENGTH = 500;

	public Citation {
		Objects.requireNonNull(source, "source");
		if (source.isPublicRecord()) {
			if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION_LENGTH) {
				throw new RuleViolation("description", "length", "a public-record citation needs a description of 1 to " + MAX_DESCRIPTION_LENGTH + " characters");
			}
		}
		else if (quote == null || quote.isBlank() || quote.length() > MAX_QUOTE_LENGTH) {
			throw new RuleViolation("quote", "length", "a citation of " + source + " needs a quote of 1 to " + MAX_QUOTE_LENGTH + " characters");
		}
	}

	public static Citation quote(SourceId source, String quote) {
		return new Citation(source, quote, null);
	}

	public static Citation publicRecord(String description) {
		return new Citation(SourceId.PUBLIC_RECORD, null, description);
	}
}
