package org.reassure.monitoring.view;

import java.time.Instant;
import java.util.Set;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.OsceCategory;
import org.reassure.monitoring.Side;
import org.reassure.monitoring.SourceType;
import org.reassure.monitoring.Zone;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An incident as released to one reader; a field the reader may not see is null (and absent from JSON).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentView(String id, Category category, OsceCategory osceCategory, IncidentStatus status, Instant firstObserved,
        Instant lastObserved, double lat, double lon, Double accuracyM, int reportCount, int independentSources, Set<SourceType> sourceTypes,
        Oblast oblast, int sector, Side side, double distanceKm, Zone zone, boolean closed) {

    /** {@code S01} ... {@code S12}. */
    public String sectorLabel() {
        return String.format("S%02d", sector);
    }
}
