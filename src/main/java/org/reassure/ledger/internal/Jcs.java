package org.reassure.ledger.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * RFC 8785 JSON Canonicalization Scheme over Jackson's tree model: members sorted by the UTF-16
 * code units of their names, no whitespace, strings escaped as ECMAScript's JSON.stringify does,
 * numbers written as ECMAScript's Number.prototype.toString writes an IEEE 754 double.
 *
 * <p>Written here because the one Java implementation on Maven Central (erdtman, 2018) is
 * unmaintained and re-parses text; this one reuses the tree the entry is built as.
 */
final class Jcs {

	private static final long MAX_SAFE_INTEGER = 1L << 53;

	private Jcs() {
	}

	static byte[] canonicalize(JsonNode node) {
		StringBuilder out = new StringBuilder(256);
		write(node, out);
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static void write(JsonNode node, StringBuilder out) {
		switch (node.getNodeType()) {
			case OBJECT -> writeObject(node, out);
			case ARRAY -> {
				out.append('[');
				for (int i = 0; i < node.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					write(node.get(i), out);
				}
				out.append(']');
			}
			case STRING -> string(node.stringValue(), out);
			case NUMBER -> out.append(number(node));
			case BOOLEAN -> out.append(node.booleanValue());
			case NULL -> out.append("null");
			default -> throw new IllegalArgumentException("JCS has no encoding for a JSON " + node.getNodeType());
		}
	}

	private static void writeObject(JsonNode node, StringBuilder out) {
		List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
		members.sort(Map.Entry.comparingByKey());
		out.append('{');
		for (int i = 0; i < members.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			string(members.get(i).getKey(), out);
			out.append(':');
			write(members.get(i).getValue(), out);
		}
		out.append('}');
	}

	private static String number(JsonNode node) {
		if (node.isIntegralNumber() && node.canConvertToLong()) {
			long value = node.longValue();
			if (Math.abs(value) <= MAX_SAFE_INTEGER) {
				return Long.toString(value);
			}
		}
		return number(node.doubleValue());
	}

	/** ECMAScript Number::toString for a finite double (ECMA-262 section 7.1.12.1). */
	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("JCS (I-JSON) has no encoding for " + value);
		}
		if (value == 0) {
			return "0";
		}
		if (value < 0) {
			return "-" + number(-value);
		}
		BigDecimal shortest = shortestRoundTrip(value).stripTrailingZeros();
		String digits = shortest.unscaledValue().toString();
		int k = digits.length();
		int n = k - shortest.scale();
		if (k <= n && n <= 21) {
			return digits + "0".repeat(n - k);
		}
		if (0 < n && n <= 21) {
			return digits.substring(0, n) + "." + digits.substring(n);
		}
		if (-6 < n && n <= 0) {
			return "0." + "0".repeat(-n) + digits;
		}
		int exponent = n - 1;
		String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
		return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
	}

	/** The decimal of fewest significant digits that reads back as {@code value}; the nearest one when several do. */
	private static BigDecimal shortestRoundTrip(double value) {
		BigDecimal exact = new BigDecimal(value);
		for (int precision = 1; precision < 17; precision++) {
			BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
			if (candidate.doubleValue() == value) {
				return candidate;
			}
		}
		return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
	}

	private static void string(String value, StringBuilder out) {
		out.append('"');
		if (plain(value)) {
			out.append(value).append('"');
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else if (Character.isSurrogate(c) && !pairedSurrogate(value, i)) {
						throw new IllegalArgumentException("JCS (I-JSON) refuses a lone surrogate at index " + i);
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	/** Whether the string needs no escape and holds no surrogate: the common case, copied as it is. */
	private static boolean plain(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean pairedSurrogate(String value, int i) {
		char c = value.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
	}
}
