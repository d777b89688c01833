package org.reassure.coalition;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

import org.reassure.shared.RuleViolation;

/**
 * A claim's stable identifier (kebab-case).
 */
public record ClaimId(@JsonValue String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	public ClaimId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new RuleViolation("id", "format", "a claim id is 1-100 lower-case letters, digits or '-', was: " + value);
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
