package org.reassure.monitoring;

/**
 * Rules shared by the module's value types; every message starts with the field name, then the rule.
 */
final class FieldRules {

    private FieldRules() {
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value;
    }

    /** A short identifier: not blank, bounded, printable. */
    static String identifier(String field, String value, int maxLength) {
        present(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + ": must be at most " + maxLength + " characters, was " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(field + ": must not contain control characters");
            }
        }
        return value;
    }

    /** Free text: bounded; tabs and line breaks allowed, other control characters refused (they forge log lines). */
    static String freeText(String field, String value, int maxLength) {
        if (value == null) {
            return "";
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + ": must be at most " + maxLength + " characters, was " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new IllegalArgumentException(field + ": control characters other than tab and line breaks are not allowed");
            }
        }
        return value;
    }

    static double within(String field, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + ": must be within [" + format(min) + ", " + format(max) + "]" + unit + ", was " + value);
        }
        return value;
    }

    static double positive(String field, double value, String unit) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(field + ": must be a finite number" + unit + " > 0, was " + value);
        }
        return value;
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
