package org.reassure.monitoring;

import java.time.Instant;
import java.util.Set;

/**
 * An incident as stored, without its reports: what a map, a histogram or a daily report needs. {@code closed}
 * incidents can no longer change; {@code updatedAt} is when fusion last wrote it.
 */
public record IncidentSummary(IncidentId id, Category category, IncidentStatus status, Instant firstObserved, Instant lastObserved,
		Position position, int reportCount, int independentSources, Set<SourceType> sourceTypes, GeoTags tags, boolean closed,
		Instant updatedAt) {
}
