package org.reassure.monitoring.fusion;

/**
 * What fusion did with a report.
 */
public enum Admission {
    /** Added to an incident, new or existing. */
    FUSED,
    /** A report with this id is already in an open incident (a redelivery); ignored. */
    DUPLICATE,
    /**
     * Observed more than the allowed lateness behind the newest observation: the incidents it could belong to may be
     * closed already, so fusing it would make the result depend on arrival order. The caller keeps it for
     * verification or a {@link IncidentFusion#rebuild rebuild} of the period.
     */
    LATE
}
