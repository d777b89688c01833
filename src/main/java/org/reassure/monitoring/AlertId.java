package org.reassure.monitoring;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identity of a sector alert.
 */
public record AlertId(@JsonValue UUID value) {

    public AlertId {
        FieldRules.present("value", value);
    }

    public static AlertId random() {
        return new AlertId(UUID.randomUUID());
    }

    /** The id in its text form; refuses anything that is not a UUID. */
    public static AlertId parse(String text) {
        try {
            return new AlertId(UUID.fromString(FieldRules.present("id", text)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("id: must be a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
