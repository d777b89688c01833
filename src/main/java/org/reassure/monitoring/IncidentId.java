package org.reassure.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identity of an incident, derived from the smallest report id among its reports, so the same reports always give
 * the same id whatever their arrival order (a name-based UUID, version 3).
 */
public record IncidentId(UUID value) {

    public IncidentId {
        FieldRules.present("value", value);
    }

    /** The id in its text form; refuses anything that is not a UUID. */
    public static IncidentId parse(String text) {
        try {
            return new IncidentId(UUID.fromString(FieldRules.present("id", text)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("id: must be a UUID, was " + text.length() + " characters that are not one", e);
        }
    }

    public static IncidentId derivedFrom(ReportId smallestReport) {
        // NUL cannot occur inside either part (control characters are refused), so the name is unambiguous.
        String name = "incident\0" + smallestReport.sourceId() + "\0" + smallestReport.eventUid();
        return new IncidentId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
