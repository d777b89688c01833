package org.reassure.monitoring.view;

/**
 * How much of the monitoring record a reader may see, from most to least; {@link Releasability} says who has which
 * and what each releases.
 */
public enum Clearance {
    /** Everything: every incident, every report with its source id, event uid and free text. */
    FULL,
    /** Every incident and every report, but the identity of sensors and observer teams is withheld. */
    CASEWORK,
    /** Counts, and corroborated or verified incidents without reports, sources, free text or exact positions. */
    SUMMARY,
    /** Nothing. */
    NONE
}
