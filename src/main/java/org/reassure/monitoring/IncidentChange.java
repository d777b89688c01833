package org.reassure.monitoring;

/**
 * A change in the live set of incidents, for a live map or a database writer to follow.
 */
public sealed interface IncidentChange {

    /** An incident appeared. */
    record Created(Incident incident) implements IncidentChange {
    }

    /** An incident gained reports. */
    record Updated(Incident incident) implements IncidentChange {
    }

    /**
     * The incident {@code id} no longer exists: its reports now belong to {@code into}, announced just before (two
     * incidents linked by a new report, or a report with a smaller id that renamed the incident).
     */
    record MergedAway(IncidentId id, IncidentId into) implements IncidentChange {
    }

    /** The incident can no longer change (its time window has passed); this is its final state. */
    record Closed(Incident incident) implements IncidentChange {
    }
}
