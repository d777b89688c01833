package org.reassure.monitoring.view;

import java.time.Instant;
import java.util.List;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.Side;
import org.reassure.monitoring.SourceType;
import org.reassure.monitoring.Zone;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A report of an incident as released to one reader. {@code sourceRef} numbers the incident's sources (1, 2, ...) so
 * that reports of one source can be told apart even when its id is withheld.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(int sourceRef, String sourceId, String eventUid, SourceType sourceType, Instant observedAt, Category category, double lat,
        double lon, double accuracyM, Oblast oblast, int sector, Side side, double distanceKm, Zone zone, double confidence, String text,
        List<String> attachmentSha256) {
}
