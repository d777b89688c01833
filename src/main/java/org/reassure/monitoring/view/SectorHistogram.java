package org.reassure.monitoring.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Sector;

/**
 * Incidents per UTC day and sector of the line: {@code counts[d][s]} for day {@code days[d]} and sector
 * {@code sectors[s]}, with the totals of each day and each sector; {@code counted} names the statuses counted.
 */
public record SectorHistogram(List<LocalDate> days, List<String> sectors, int[][] counts, int[] dayTotals, int[] sectorTotals, int total,
        Set<IncidentStatus> counted) {

    static SectorHistogram of(LocalDate first, int[][] counts, Set<IncidentStatus> counted) {
        int sectorCount = counts.length == 0 ? 0 : counts[0].length;
        List<LocalDate> days = new ArrayList<>(counts.length);
        List<String> sectors = new ArrayList<>(sectorCount);
        for (int s = 0; s < sectorCount; s++) {
            sectors.add(new Sector(s + 1).label());
        }
        int[] dayTotals = new int[counts.length];
        int[] sectorTotals = new int[sectorCount];
        int total = 0;
        for (int d = 0; d < counts.length; d++) {
            days.add(first.plusDays(d));
            for (int s = 0; s < sectorCount; s++) {
                dayTotals[d] += counts[d][s];
                sectorTotals[s] += counts[d][s];
                total += counts[d][s];
            }
        }
        return new SectorHistogram(List.copyOf(days), List.copyOf(sectors), counts, dayTotals, sectorTotals, total, Set.copyOf(counted));
    }
}
