package org.reassure.monitoring.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.OsceCategory;
import org.reassure.monitoring.Sector;
import org.reassure.monitoring.geo.GeoContext;
import org.springframework.stereotype.Service;

/**
 * Builds the daily report of one UTC day for one reader: counts grouped in the database, then folded into the OSCE
 * categories; notable incidents are the corroborated or verified ones with the most independent sources, then the
 * most reports, then the closest to the line.
 */
@Service
public class DailyReports {

    public static final int NOTABLE = 10;
    private static final Set<IncidentStatus> NOTABLE_STATUSES = Set.of(IncidentStatus.CORROBORATED, IncidentStatus.VERIFIED);

    private final IncidentSelections selections;
    private final Releasability releasability;
    private final GeoContext geo;

    DailyReports(IncidentSelections selections, Releasability releasability, GeoContext geo) {
        this.selections = selections;
        this.releasability = releasability;
        this.geo = geo;
    }

    public DailyReport report(LocalDate date, Clearance clearance) {
        Instant from = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        IncidentFilter day = IncidentFilter.between(from, to);
        Set<IncidentStatus> counted = releasability.countedStatuses(clearance);

        Map<OsceCategory, Integer> byCategory = DailyReport.zeroes();
        Map<IncidentStatus, Integer> byStatus = new EnumMap<>(IncidentStatus.class);
        Map<Oblast, Map<OsceCategory, Integer>> byOblast = new TreeMap<>();
        List<Map<OsceCategory, Integer>> bySector = new ArrayList<>();
        for (int s = 0; s < geo.sectorCount(); s++) {
            bySector.add(DailyReport.zeroes());
        }
        for (IncidentSelections.Tally tally : selections.tallies(day, counted)) {
            OsceCategory category = OsceCategory.of(tally.category());
            byCategory.merge(category, tally.count(), Integer::sum);
            byStatus.merge(tally.status(), tally.count(), Integer::sum);
            byOblast.computeIfAbsent(tally.oblast(), o -> DailyReport.zeroes()).merge(category, tally.count(), Integer::sum);
            if (tally.sector() >= 1 && tally.sector() <= bySector.size()) {
                bySector.get(tally.sector() - 1).merge(category, tally.count(), Integer::sum);
            }
        }
        List<DailyReport.Area> oblasts = new ArrayList<>();
        byOblast.forEach((oblast, counts) -> oblasts.add(area(oblast.displayName(), counts)));
        List<DailyReport.Area> sectors = new ArrayList<>();
        for (int s = 0; s < bySector.size(); s++) {
            sectors.add(area(new Sector(s + 1).label(), bySector.get(s)));
        }
        List<IncidentView> notable = new ArrayList<>();
        for (IncidentSummary incident : selections.notable(day, NOTABLE_STATUSES, NOTABLE)) {
            releasability.incident(incident, clearance).ifPresent(notable::add);
        }
        return new DailyReport(date, from, to, counted, violations(byCategory), byCategory, byStatus, oblasts, sectors, notable, geo.syntheticData());
    }

    private static DailyReport.Area area(String name, Map<OsceCategory, Integer> counts) {
        return new DailyReport.Area(name, counts, violations(counts));
    }

    private static int violations(Map<OsceCategory, Integer> counts) {
        int total = 0;
        for (Map.Entry<OsceCategory, Integer> count : counts.entrySet()) {
            if (count.getKey().isCeasefireViolation()) {
                total += count.getValue();
            }
        }
        return total;
    }
}
