package org.reassure.monitoring.fusion;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.SourceType;

/**
 * Computes an incident from its reports in canonical order (ascending report id), so the same reports give the same
 * incident, to the last bit of its floating-point position, whatever order they came in.
 *
 * <p>Position: inverse-variance weighted mean, weight {@code 1 / accuracy²}, of latitudes and longitudes; fused
 * accuracy {@code 1 / sqrt(sum of weights)} (reports treated as independent measurements). Accuracies are clamped to
 * [1 cm, 10,000 km] so weights stay finite. Category: the most severe ({@link Category#severity()}). Status:
 * CORROBORATED when at least two source types contribute, otherwise NEW.
 */
final class IncidentAssembly {

    private static final Comparator<Report> BY_ID = Comparator.comparing(Report::id);
    private static final double MIN_ACCURACY_M = 0.01;
    private static final double MAX_ACCURACY_M = 1.0e7;

    private final GeoTagger tagger;

    IncidentAssembly(GeoTagger tagger) {
        this.tagger = tagger;
    }

    /** Sorts {@code reports[0..count)} in place, then fuses them. */
    Incident assemble(Report[] reports, int count) {
        Arrays.sort(reports, 0, count, BY_ID);
        ReportId[] ids = new ReportId[count];
        double weightSum = 0;
        double latSum = 0;
        double lonSum = 0;
        int sources = 0;
        int typeMask = 0;
        Category category = reports[0].category();
        Instant first = reports[0].observedAt();
        Instant last = first;
        ReportId firstReport = reports[0].id();
        for (int i = 0; i < count; i++) {
            Report report = reports[i];
            ids[i] = report.id();
            double accuracy = Math.max(MIN_ACCURACY_M, Math.min(MAX_ACCURACY_M, report.position().accuracyM()));
            double weight = 1 / (accuracy * accuracy);
            weightSum += weight;
            latSum += weight * report.position().lat();
            lonSum += weight * report.position().lon();
            // sorted by id, so reports of one source are adjacent
            sources += i == 0 || !report.sourceId().equals(reports[i - 1].sourceId()) ? 1 : 0;
            typeMask |= 1 << report.sourceType().ordinal();
            category = report.category().severity() > category.severity() ? report.category() : category;
            if (report.observedAt().isBefore(first)) {
                // in id order, so among reports observed at the same instant the smallest id stays
                first = report.observedAt();
                firstReport = report.id();
            }
            last = report.observedAt().isAfter(last) ? report.observedAt() : last;
        }
        Position fused = new Position(clamp(latSum / weightSum, 90), clamp(lonSum / weightSum, 180), Math.sqrt(1 / weightSum));
        return new Incident(IncidentId.derivedFrom(first, firstReport), List.of(ids), sources, sourceTypes(typeMask), fused,
                first, last, category, tagger.tag(fused.lat(), fused.lon()),
                Integer.bitCount(typeMask) >= 2 ? IncidentStatus.CORROBORATED : IncidentStatus.NEW);
    }

    /** A weighted mean cannot leave the range of its inputs, but rounding may cross a bound by one ulp. */
    private static double clamp(double degrees, double bound) {
        return Math.max(-bound, Math.min(bound, degrees));
    }

    private static EnumSet<SourceType> sourceTypes(int mask) {
        EnumSet<SourceType> types = EnumSet.noneOf(SourceType.class);
        for (SourceType type : SourceType.values()) {
            if ((mask & (1 << type.ordinal())) != 0) {
                types.add(type);
            }
        }
        return types;
    }
}
