package org.reassure.monitoring;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A fixed stretch of the line of contact used for alerts and daily reports: the line is cut into equal lengths
 * (12 of about 100 km by default), numbered from 1 at its northern end; a position belongs to the sector of its
 * nearest point on the line, on either side.
 */
public record Sector(@JsonValue int number) {

    public Sector {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("number: must be within [1, 99], was " + number);
        }
    }

    /** {@code S01} ... {@code S12}. */
    public String label() {
        return String.format("S%02d", number);
    }
}
