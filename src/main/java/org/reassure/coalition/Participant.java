package org.reassure.coalition;

import java.util.Objects;
import java.util.regex.Pattern;

import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * A state or organisation the sources mention. Whether it is in the coalition is not stored here:
 * it is derived from the claims about it (see {@link Standing}).
 */
public record Participant(NationCode code, String iso3, String isoNumeric, ParticipantKind kind, String nameEn, String nameFr,
		boolean eu, boolean nato) {

	public static final int MAX_NAME_LENGTH = 100;
	private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
	private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
	private static final Pattern NUMERIC = Pattern.compile("[0-9]{3}");

	public Participant {
		Objects.requireNonNull(code, "code");
		if (kind == null) {
			throw new RuleViolation("kind", "required", "kind must be STATE or ORGANISATION");
		}
		if (kind == ParticipantKind.STATE) {
			requireFormat("code", code.value(), ALPHA2, "a state's code is its ISO 3166-1 alpha-2 code");
			requireFormat("iso3", iso3, ALPHA3, "a state's iso3 is its ISO 3166-1 alpha-3 code");
			requireFormat("isoNumeric", isoNumeric, NUMERIC, "a state's isoNumeric is its 3-digit ISO 3166-1 numeric code");
		}
		requireName("nameEn", nameEn);
		requireName("nameFr", nameFr);
	}

	private static void requireFormat(String field, String value, Pattern format, String rule) {
		if (value == null || !format.matcher(value).matches()) {
			throw new RuleViolation(field, "iso3166", rule + ", was: " + value);
		}
	}

	private static void requireName(String field, String value) {
		if (value == null || value.isBlank() || value.length() > MAX_NAME_LENGTH) {
			throw new RuleViolation(field, "length", field + " is 1 to " + MAX_NAME_LENGTH + " characters");
		}
	}
}
