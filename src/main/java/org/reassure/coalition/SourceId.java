package org.reassure.coalition;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

import org.reassure.shared.RuleViolation;

/**
 * Names a source: a seed article's file name, or {@code public-record}.
 */
public record SourceId(@JsonValue String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
	public static final SourceId PUBLIC_RECORD = new SourceId("public-record");

	public SourceId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new RuleViolation("source", "format", "a source id is 1-64 lower-case letters, digits, '.', '_' or '-', was: " + value);
		}
	}

	public boolean isPublicRecord() {
		return PUBLIC_RECORD.equals(this);
	}

	@Override
	public String toString() {
		return value;
	}
}
