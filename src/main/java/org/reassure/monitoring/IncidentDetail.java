package org.reassure.monitoring;

import java.util.List;

/**
 * An incident with its reports, each tagged with where it lies, in canonical (report id) order.
 */
public record IncidentDetail(IncidentSummary incident, List<IncidentReport> reports) {
}
