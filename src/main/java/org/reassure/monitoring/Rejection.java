package org.reassure.monitoring;

import java.util.Locale;

/**
 * A piece of input that did not become a report: where it was and why, the reason naming the field and the rule.
 */
public record Rejection(InputUnit unit, long index, String reason) {

    public Rejection {
        FieldRules.present("unit", unit);
        if (index < 0) {
            throw new IllegalArgumentException("index: must be >= 0, was " + index);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: must not be blank");
        }
    }

    @Override
    public String toString() {
        return unit.name().toLowerCase(Locale.ROOT) + " " + index + ": " + reason;
    }
}
