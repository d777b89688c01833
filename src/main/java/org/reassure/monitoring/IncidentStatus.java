package org.reassure.monitoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of an incident. Fusion sets NEW or CORROBORATED (two or more independent source types); verification moves it
 * on to VERIFIED or DISMISSED, which are final.
 */
public enum IncidentStatus {
    NEW,
    CORROBORATED,
    VERIFIED,
    DISMISSED;

    public Set<IncidentStatus> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(CORROBORATED, VERIFIED, DISMISSED);
            case CORROBORATED -> EnumSet.of(VERIFIED, DISMISSED);
            case VERIFIED, DISMISSED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    /** Returns {@code next}, or refuses a move this status does not allow. */
    public IncidentStatus moveTo(IncidentStatus next) {
        if (!successors().contains(next)) {
            throw new IllegalStateException("status: an incident that is " + this + " cannot become " + next
                    + (successors().isEmpty() ? " (" + this + " is final)" : " (allowed: " + successors() + ")"));
        }
        return next;
    }
}
