package org.reassure.monitoring.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.OsceCategory;

/**
 * One UTC day of the ceasefire in the style of the OSCE Special Monitoring Mission's daily reports: incidents first
 * observed that day counted per OSCE category, per oblast and per sector of the line, and the notable ones. Counts
 * cover the {@code counted} statuses (those the reader's clearance releases); {@code violations} totals the five OSCE
 * fire categories, other observations are counted apart.
 */
public record DailyReport(LocalDate date, Instant from, Instant to, Set<IncidentStatus> counted, int violations, Map<OsceCategory, Integer> byCategory,
        Map<IncidentStatus, Integer> byStatus, List<Area> oblasts, List<Area> sectors, List<IncidentView> notable, boolean syntheticGeography) {

    /** Counts of one area (an oblast or a sector) per OSCE category. */
    public record Area(String name, Map<OsceCategory, Integer> counts, int violations) {

        public int count(OsceCategory category) {
            return counts.getOrDefault(category, 0);
        }
    }

    public int count(OsceCategory category) {
        return byCategory.getOrDefault(category, 0);
    }

    static Map<OsceCategory, Integer> zeroes() {
        Map<OsceCategory, Integer> counts = new EnumMap<>(OsceCategory.class);
        for (OsceCategory category : OsceCategory.values()) {
            counts.put(category, 0);
        }
        return counts;
    }
}
