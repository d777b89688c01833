package org.reassure.governance;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.reassure.shared.RuleViolation;

/**
 * A threshold as an exact fraction of a whole (55 % is 11/20, a third is 1/3), so that a tally
 * compares counts and weights without rounding. Always more than 0 and at most 1.
 */
public record Share(long numerator, long denominator) {

	private static final long PERCENT_SCALE = 10_000;
	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%");
	private static final Pattern FRACTION = Pattern.compile("(\\d{1,6})\\s*/\\s*(\\d{1,6})");

	public static final Share ONE_THIRD = new Share(1, 3);

	public Share {
		if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
			throw new RuleViolation("share", "range", "a share is more than 0 and at most 1, was: " + numerator + "/" + denominator);
		}
		long divisor = gcd(numerator, denominator);
		numerator /= divisor;
		denominator /= divisor;
	}

	/** A percentage such as 55 or 62.5: more than 0, at most 100, at most two decimals; refused naming {@code field}. */
	public static Share ofPercent(String field, BigDecimal percent) {
		if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new RuleViolation(field, "range", field + " must be more than 0 % and at most 100 %, was: " + (percent == null ? null : percent.toPlainString()));
		}
		if (percent.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation(field, "precision", field + " has at most two decimals, was: " + percent.toPlainString());
		}
		return new Share(percent.movePointRight(2).longValueExact(), PERCENT_SCALE);
	}

	/** Reads "55%", "62.5 %" or "1/3". */
	@JsonCreator
	public static Share parse(String text) {
		Matcher percent = PERCENT.matcher(text == null ? "" : text.trim());
		if (percent.matches()) {
			return ofPercent("share", new BigDecimal(percent.group(1)));
		}
		Matcher fraction = FRACTION.matcher(text == null ? "" : text.trim());
		if (fraction.matches()) {
			return new Share(Long.parseLong(fraction.group(1)), Long.parseLong(fraction.group(2)));
		}
		throw new RuleViolation("share", "format", "a share is written as a percentage (55%) or a fraction (1/3), was: " + text);
	}

	/** Whether {@code part} out of {@code whole} reaches this share. */
	public boolean isMetBy(long part, long whole) {
		return Math.multiplyExact(part, denominator) >= Math.multiplyExact(whole, numerator);
	}

	/** Percentage with at most two decimals when exact (55%), otherwise the fraction (1/3). */
	@JsonValue
	public String text() {
		return PERCENT_SCALE % denominator == 0 ? Figures.hundredths(numerator * (PERCENT_SCALE / denominator), '.') + "%" : numerator + "/" + denominator;
	}

	/** As a percentage for people, two decimals at most, rounded down: "55 %", "33,33 %". */
	public String percent(Locale locale) {
		return Figures.hundredths(numerator * PERCENT_SCALE / denominator, Figures.decimalSeparator(locale)) + " %";
	}

	/** {@code part} of {@code whole} as people read it, one decimal rounded down: "60.7 %", "60,7 %". */
	public static String percentOf(long part, long whole, Locale locale) {
		return Figures.percent(part, whole, locale);
	}

	@Override
	public String toString() {
		return text();
	}

	private static long gcd(long a, long b) {
		return b == 0 ? a : gcd(b, a % b);
	}
}
