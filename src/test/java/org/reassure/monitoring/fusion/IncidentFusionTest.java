package org.reassure.monitoring.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.monitoring.SampleReports.LAT;
import static org.reassure.monitoring.SampleReports.LON;
import static org.reassure.monitoring.SampleReports.acoustic;
import static org.reassure.monitoring.SampleReports.east;
import static org.reassure.monitoring.SampleReports.north;
import static org.reassure.monitoring.SampleReports.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.SourceType;
import org.reassure.monitoring.geo.GeoContext;

class IncidentFusionTest {

    static final GeoTagger GEO = GeoContext.synthetic();
    private static final Instant T0 = Instant.parse("2026-03-01T11:00:00Z");

    private final List<IncidentChange> changes = new ArrayList<>();
    private final IncidentFusion fusion = new IncidentFusion(FusionSettings.standard(), GEO, changes::add);

    @Test
    void mergesArtilleryStrikeHeardByThreeSensors() {
        fusion.acceptAll(List.of(
                acoustic("acoustic-1", "e-17", LAT, LON, T0),
                acoustic("acoustic-2", "e-4", north(LAT, 400), LON, T0.plusSeconds(2)),
                acoustic("acoustic-3", "e-9", LAT, east(LAT, LON, -600), T0.plusSeconds(3)),
                report("radar-1", "trk-9", SourceType.RADAR, Category.OUTGOING_FIRE, north(LAT, 900), LON, 80, T0.plusSeconds(1))));

        Incident incident = only(fusion.snapshot());
        assertThat(incident.reportIds()).extracting(ReportId::sourceId)
                .containsExactly("acoustic-1", "acoustic-2", "acoustic-3", "radar-1");
        assertThat(incident.independentSources()).isEqualTo(4);
        assertThat(incident.sourceTypes()).containsExactly(SourceType.ACOUSTIC, SourceType.RADAR);
        assertThat(incident.status()).isEqualTo(IncidentStatus.CORROBORATED);
        assertThat(incident.category()).isEqualTo(Category.EXPLOSION_IMPACT);
        assertThat(incident.firstObserved()).isEqualTo(T0);
        assertThat(incident.lastObserved()).isEqualTo(T0.plusSeconds(3));
        assertThat(incident.tags().oblast()).isEqualTo(Oblast.DONETSK);
        assertThat(changes).singleElement().isInstanceOf(IncidentChange.Created.class);
    }

    @Test
    void twoAcousticSensorsAloneStayNew() {
        fusion.acceptAll(List.of(acoustic("acoustic-1", "e-1", LAT, LON, T0), acoustic("acoustic-2", "e-1", LAT, LON, T0)));

        Incident incident = only(fusion.snapshot());
        assertThat(incident.independentSources()).isEqualTo(2);
        assertThat(incident.status()).isEqualTo(IncidentStatus.NEW);
    }

    @Test
    void keepsReportsApartBeyondTheDistanceOrTimeWindow() {
        fusion.acceptAll(List.of(
                acoustic("acoustic-1", "e-1", LAT, LON, T0),
                acoustic("acoustic-2", "e-1", north(LAT, 2_010), LON, T0),
                acoustic("acoustic-3", "e-1", LAT, LON, T0.plusSeconds(121))));

        assertThat(fusion.snapshot()).hasSize(3);
    }

    @Test
    void keepsIncompatibleCategoriesApart() {
        fusion.acceptAll(List.of(
                acoustic("acoustic-1", "e-1", LAT, LON, T0),
                report("observer-1", "o-1", SourceType.OBSERVER, Category.SMALL_ARMS, LAT, LON, 200, T0)));

        assertThat(fusion.snapshot()).hasSize(2);
    }

    @Test
    void mergesTwoIncidentsThatANewReportLinks() {
        Report west = acoustic("acoustic-1", "e-1", LAT, LON, T0);
        Report eastern = acoustic("acoustic-2", "e-1", LAT, east(LAT, LON, 3_500), T0);
        fusion.accept(west);
        fusion.accept(eastern);
        IncidentId westId = IncidentId.derivedFrom(T0, west.id());
        IncidentId eastId = IncidentId.derivedFrom(T0, eastern.id());

        fusion.accept(report("drone-1", "d-1", SourceType.DRONE, Category.EXPLOSION_IMPACT, LAT, east(LAT, LON, 1_750), 20, T0));

        Incident merged = only(fusion.snapshot());
        assertThat(merged.id()).isEqualTo(westId);
        assertThat(merged.reportIds()).hasSize(3);
        assertThat(changes.subList(2, changes.size())).containsExactly(
                new IncidentChange.Updated(merged), new IncidentChange.MergedAway(eastId, westId));
    }

    @Test
    void fusesThePositionByInverseVariance() {
        Report sharp = report("drone-1", "d-1", SourceType.DRONE, Category.EXPLOSION_IMPACT, LAT, LON, 100, T0);
        Report vague = report("observer-1", "o-1", SourceType.OBSERVER, Category.EXPLOSION_IMPACT, north(LAT, 1_000), LON, 300, T0);

        fusion.acceptAll(List.of(vague, sharp));

        Incident incident = only(fusion.snapshot());
        double w1 = 1 / (100.0 * 100.0);
        double w2 = 1 / (300.0 * 300.0);
        assertThat(incident.position().lat()).isEqualTo((w1 * LAT + w2 * north(LAT, 1_000)) / (w1 + w2));
        assertThat(incident.position().accuracyM()).isEqualTo(Math.sqrt(1 / (w1 + w2)));
    }

    @Test
    void renamesAnIncidentWhenAnEarlierObservationJoins() {
        Report first = acoustic("acoustic-0", "e-1", LAT, LON, T0.plusSeconds(5));
        Report earlier = acoustic("acoustic-5", "e-1", LAT, LON, T0);
        fusion.accept(first);

        fusion.accept(earlier);

        IncidentId renamed = IncidentId.derivedFrom(T0, earlier.id());
        assertThat(only(fusion.snapshot()).id()).isEqualTo(renamed);
        assertThat(changes.get(1)).isInstanceOf(IncidentChange.Created.class);
        assertThat(changes.get(2)).isEqualTo(new IncidentChange.MergedAway(IncidentId.derivedFrom(T0.plusSeconds(5), first.id()), renamed));
    }

    @Test
    void renamesAnIncidentWhenASmallerReportIdObservedAtTheSameInstantJoins() {
        Report later = acoustic("acoustic-5", "e-1", LAT, LON, T0);
        Report smaller = acoustic("acoustic-0", "e-1", LAT, LON, T0);
        fusion.accept(later);

        fusion.accept(smaller);

        IncidentId renamed = IncidentId.derivedFrom(T0, smaller.id());
        assertThat(only(fusion.snapshot()).id()).isEqualTo(renamed);
        assertThat(changes.get(2)).isEqualTo(new IncidentChange.MergedAway(IncidentId.derivedFrom(T0, later.id()), renamed));
    }

    @Test
    void ignoresRedeliveredReports() {
        Report report = acoustic("acoustic-1", "e-1", LAT, LON, T0);

        assertThat(fusion.accept(report)).isEqualTo(Admission.FUSED);
        assertThat(fusion.accept(report)).isEqualTo(Admission.DUPLICATE);

        assertThat(only(fusion.snapshot()).reportIds()).hasSize(1);
        assertThat(fusion.stats().duplicates()).isEqualTo(1);
    }

    @Test
    void refusesReportsLaterThanTheAllowedLateness() {
        fusion.accept(acoustic("acoustic-1", "e-1", LAT, LON, T0.plusSeconds(600)));

        assertThat(fusion.accept(acoustic("acoustic-2", "e-1", LAT, LON, T0.plusSeconds(479)))).isEqualTo(Admission.LATE);
        assertThat(fusion.accept(acoustic("acoustic-3", "e-1", LAT, LON, T0.plusSeconds(480)))).isEqualTo(Admission.FUSED);
    }

    @Test
    void closesIncidentsOnceTheirWindowHasPassed() {
        fusion.accept(acoustic("acoustic-1", "e-1", LAT, LON, T0));
        fusion.accept(acoustic("acoustic-2", "e-1", 47.5, 35.8, T0.plusSeconds(240)));
        assertThat(fusion.stats().closedIncidents()).isZero();

        fusion.accept(acoustic("acoustic-3", "e-1", 47.5, 35.8, T0.plusSeconds(241)));

        assertThat(changes).filteredOn(IncidentChange.Closed.class::isInstance).singleElement()
                .extracting(change -> ((IncidentChange.Closed) change).incident().reportIds().get(0).sourceId())
                .isEqualTo("acoustic-1");
        assertThat(fusion.snapshot()).hasSize(1);
        assertThat(fusion.stats()).isEqualTo(new FusionStats(3, 0, 0, 1, 1, 2));
    }

    @Test
    void rebuildGivesTheIncidentsOfTheLiveFusion() {
        List<Report> reports = List.of(
                acoustic("acoustic-1", "e-1", LAT, LON, T0),
                acoustic("acoustic-2", "e-1", north(LAT, 300), LON, T0.plusSeconds(5)),
                report("observer-1", "o-1", SourceType.OBSERVER, Category.FLARE, LAT, LON, 500, T0.plusSeconds(30)));
        fusion.acceptAll(reports);
        fusion.closeAll();

        List<Incident> closed = changes.stream().filter(IncidentChange.Closed.class::isInstance)
                .map(change -> ((IncidentChange.Closed) change).incident()).toList();
        assertThat(IncidentFusion.rebuild(reports, FusionSettings.standard(), GEO)).containsExactlyInAnyOrderElementsOf(closed);
    }

    private static Incident only(List<Incident> incidents) {
        assertThat(incidents).hasSize(1);
        return incidents.get(0);
    }
}
