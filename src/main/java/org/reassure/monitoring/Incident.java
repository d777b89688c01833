package org.reassure.monitoring;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reports of one event, fused: their ids in canonical (ascending) order, how many independent sources and source
 * types saw it, the accuracy-weighted position, the time span, the most severe category, the geographic tags of the
 * fused position, and the status.
 */
public record Incident(
        IncidentId id,
        List<ReportId> reportIds,
        int independentSources,
        Set<SourceType> sourceTypes,
        Position position,
        Instant firstObserved,
        Instant lastObserved,
        Category category,
        GeoTags tags,
        IncidentStatus status) {

    public Incident {
        FieldRules.present("id", id);
        reportIds = List.copyOf(FieldRules.present("reportIds", reportIds));
        if (reportIds.isEmpty()) {
            throw new IllegalArgumentException("reportIds: must not be empty");
        }
        for (int i = 1; i < reportIds.size(); i++) {
            if (reportIds.get(i - 1).compareTo(reportIds.get(i)) >= 0) {
                throw new IllegalArgumentException("reportIds: must be strictly ascending");
            }
        }
        if (independentSources < 1 || independentSources > reportIds.size()) {
            throw new IllegalArgumentException("independentSources: must be within [1, " + reportIds.size() + "], was " + independentSources);
        }
        if (FieldRules.present("sourceTypes", sourceTypes).isEmpty()) {
            throw new IllegalArgumentException("sourceTypes: must not be empty");
        }
        sourceTypes = Collections.unmodifiableSet(EnumSet.copyOf(sourceTypes));
        FieldRules.present("position", position);
        FieldRules.present("firstObserved", firstObserved);
        FieldRules.present("lastObserved", lastObserved);
        if (lastObserved.isBefore(firstObserved)) {
            throw new IllegalArgumentException("lastObserved: must not be before firstObserved");
        }
        FieldRules.present("category", category);
        FieldRules.present("tags", tags);
        FieldRules.present("status", status);
    }

    /** The same incident with its status moved on; refused when the current status does not allow it. */
    public Incident withStatus(IncidentStatus next) {
        return new Incident(id, reportIds, independentSources, sourceTypes, position, firstObserved, lastObserved,
                category, tags, status.moveTo(next));
    }
}
