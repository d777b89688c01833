package org.reassure.monitoring.view;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An incident with its reports as released to one reader; {@code reports} is null when none are released.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentDetailView(IncidentView incident, List<ReportView> reports) {
}
