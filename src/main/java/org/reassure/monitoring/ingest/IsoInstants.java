package org.reassure.monitoring.ingest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#parse} with a fast path for the form sensors send, {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}: that
 * form is read digit by digit (the JDK's formatter costs microseconds per call, a fifth of parsing a CoT event);
 * anything else, or any value out of range, goes to {@link Instant#parse}, which gives the same instant or the same
 * refusal.
 */
final class IsoInstants {

	private static final int DATE_TIME_LENGTH = 19;
	private static final long SECONDS_PER_DAY = 86_400;

	private IsoInstants() {
	}

	static Instant parse(String text) {
		Instant fast = fastPath(text);
		return fast != null ? fast : Instant.parse(text);
	}

	/** The instant, or null when the text is not in the common form or a field is out of range. */
	private static Instant fastPath(String text) {
		int length = text.length();
		if (length < DATE_TIME_LENGTH + 1 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		int nanos = fraction(text, DATE_TIME_LENGTH, length - 1);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth() || hour < 0
				|| hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
			return null;
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second, nanos);
	}

	/** The number written with {@code count} digits from {@code start}, or -1. */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** Nanoseconds of {@code .d..d} between start and end (nothing is zero), or -1. */
	private static int fraction(String text, int start, int end) {
		if (start == end) {
			return 0;
		}
		int count = end - start - 1;
		if (text.charAt(start) != '.' || count < 1 || count > 9) {
			return -1;
		}
		int value = digits(text, start + 1, count);
		for (int i = count; value >= 0 && i < 9; i++) {
			value *= 10;
		}
		return value;
	}
}
