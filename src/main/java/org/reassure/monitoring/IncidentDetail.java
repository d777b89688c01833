package org.reassure.monitoring;

import java.util.List;

/**
 * An incident with its reports in canonical (report id) order.
 */
public record IncidentDetail(IncidentSummary incident, List<StoredReport> reports) {
}
