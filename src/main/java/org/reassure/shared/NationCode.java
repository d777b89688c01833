package org.reassure.shared;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A participant's code: ISO 3166-1 alpha-2 for states (FR, GB, UA), an upper-case acronym of up
 * to eight letters for organisations (EU, NATO).
 */
public record NationCode(@JsonValue String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,8}");

	public NationCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new RuleViolation("code", "format", "must be an ISO 3166-1 alpha-2 code or an organisation acronym (2-8 upper-case letters), was: " + value);
		}
	}

	public static NationCode of(String value) {
		return new NationCode(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
