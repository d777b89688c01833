package org.reassure.monitoring.store;

import org.reassure.monitoring.Incident;

/**
 * An incident as written: the incident and the seqs of its reports in report id order, comma-separated.
 */
public record IncidentRow(Incident incident, String reportSeqs) {
}
