package org.reassure.monitoring.view;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentQuery;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.MonitoringRecord;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.geo.GeoContext;
import org.reassure.shared.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * The incidents a reader may see: the map's list (the query for one day and one oblast is served by the index on
 * oblast and first observation), one incident with its reports, and counts per day and sector.
 */
@Service
public class IncidentViews {

    public static final int MAX_LIMIT = IncidentQuery.MAX_LIMIT;

    private final IncidentSelections selections;
    private final MonitoringRecord record;
    private final Releasability releasability;
    private final int sectorCount;

    IncidentViews(IncidentSelections selections, MonitoringRecord record, Releasability releasability, GeoContext geo) {
        this.selections = selections;
        this.record = record;
        this.releasability = releasability;
        this.sectorCount = geo.sectorCount();
    }

    /** The newest incidents of a map query, and how many match in all: more than are listed when the limit cut the list. */
    public record MapSelection(List<IncidentView> incidents, long matching) {
    }

    /** Newest first, at most {@code limit} (1 to {@value #MAX_LIMIT}); counted in full only when the limit is reached. */
    public MapSelection map(IncidentFilter filter, int limit, Clearance clearance) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolation("limit", "range", "limit must be within [1, " + MAX_LIMIT + "], was " + limit);
        }
        Set<IncidentStatus> statuses = releasability.statuses(clearance, filter.status());
        List<IncidentSummary> found = selections.list(filter, statuses, limit);
        List<IncidentView> views = new ArrayList<>(found.size());
        for (IncidentSummary incident : found) {
            releasability.incident(incident, clearance).ifPresent(views::add);
        }
        return new MapSelection(views, found.size() < limit ? views.size() : selections.count(filter, statuses));
    }

    /** Empty when the incident does not exist or is not released to this reader: the two are not told apart. */
    public Optional<IncidentDetailView> detail(IncidentId id, Clearance clearance) {
        return record.incident(id).flatMap(detail -> releasability.detail(detail, clearance));
    }

    /** Incidents per UTC day from {@code first} to {@code last} inclusive, per sector, counting the statuses the reader may count. */
    public SectorHistogram histogram(LocalDate first, LocalDate last, Oblast oblast, Category category, Clearance clearance) {
        if (last.isBefore(first)) {
            throw new RuleViolation("to", "range", "the last day must not be before the first");
        }
        IncidentFilter filter = new IncidentFilter(first.atStartOfDay(ZoneOffset.UTC).toInstant(), last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                oblast, null, category, null);
        Set<IncidentStatus> counted = releasability.countedStatuses(clearance);
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        int[][] counts = new int[days][sectorCount];
        for (IncidentSelections.DaySector cell : selections.perDayAndSector(filter, counted)) {
            int day = (int) (cell.epochDay() - first.toEpochDay());
            if (day >= 0 && day < days && cell.sector() >= 1 && cell.sector() <= sectorCount) {
                counts[day][cell.sector() - 1] += cell.count();
            }
        }
        return SectorHistogram.of(first, counts, counted);
    }
}
