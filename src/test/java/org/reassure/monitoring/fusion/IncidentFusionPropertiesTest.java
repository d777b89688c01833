package org.reassure.monitoring.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.SampleReports;
import org.reassure.monitoring.SourceType;

class IncidentFusionPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final FusionSettings PATIENT = new FusionSettings(2_000, Duration.ofSeconds(120), Duration.ofHours(1));
    private static final List<Category> CATEGORIES = List.of(Category.EXPLOSION_IMPACT, Category.OUTGOING_FIRE,
            Category.MUZZLE_FLASH, Category.SMALL_ARMS, Category.DRONE_STRIKE, Category.FLARE);

    private record Draft(int cluster, double north, double east, int seconds, Category category, int source,
                         SourceType type, int accuracy) {
    }

    @Provide
    Arbitrary<List<Report>> clusteredReports() {
        return drafts(600).map(IncidentFusionPropertiesTest::reports);
    }

    @Provide
    Arbitrary<List<Report>> longStreams() {
        return drafts(1_800).map(IncidentFusionPropertiesTest::reports);
    }

    /** Reports around a few points, some close enough to chain, seconds apart, from a small pool of sources. */
    private static Arbitrary<List<Draft>> drafts(int spanSeconds) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.doubles().between(-1_500, 1_500),
                        Arbitraries.doubles().between(-1_500, 1_500),
                        Arbitraries.integers().between(0, 90),
                        Arbitraries.of(CATEGORIES),
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.of(SourceType.class),
                        Arbitraries.integers().between(20, 800))
                .as(Draft::new)
                .list().ofMinSize(2).ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform())
                .map(drafts -> spread(drafts, spanSeconds));
    }

    private static List<Draft> spread(List<Draft> drafts, int spanSeconds) {
        List<Draft> spread = new ArrayList<>();
        for (Draft d : drafts) {
            int clusterSecond = (d.cluster() * 7919) % Math.max(1, spanSeconds - 90);
            spread.add(new Draft(d.cluster(), d.north(), d.east(), clusterSecond + d.seconds(), d.category(), d.source(),
                    d.type(), d.accuracy()));
        }
        return spread;
    }

    private static List<Report> reports(List<Draft> drafts) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            double lat = SampleReports.north(SampleReports.LAT + 0.02 * (d.cluster() % 3), d.north());
            double lon = SampleReports.east(lat, SampleReports.LON + 0.025 * (d.cluster() / 3), d.east());
            reports.add(new Report(new ReportId("sensor-" + d.source(), "evt-" + i), d.type(), T0.plusSeconds(d.seconds()),
                    new Position(lat, lon, d.accuracy()), d.category(), 0.7, "", List.of()));
        }
        return reports;
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void incidentsDoNotDependOnArrivalOrder(@ForAll("clusteredReports") List<Report> reports, @ForAll Random random) {
        List<Report> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);

        List<Incident> live = liveOneByOne(shuffled, PATIENT);

        assertThat(live).isEqualTo(IncidentFusion.rebuild(reports, PATIENT, IncidentFusionTest.GEO));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void closingWindowsKeepTheResultWhenNoReportIsLate(@ForAll("longStreams") List<Report> reports, @ForAll Random random) {
        FusionSettings settings = FusionSettings.standard();
        long latenessSeconds = settings.allowedLateness().toSeconds();
        Map<Report, Long> arrival = new HashMap<>();
        reports.forEach(r -> arrival.put(r, r.observedAt().getEpochSecond() + (long) (random.nextDouble() * latenessSeconds)));
        List<Report> arriving = new ArrayList<>(reports);
        arriving.sort(Comparator.comparing(arrival::get));

        List<Incident> live = liveOneByOne(arriving, settings);

        assertThat(live).isEqualTo(IncidentFusion.rebuild(reports, settings, IncidentFusionTest.GEO));
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void incidentsAreTheConnectedComponentsOfTheSameEventRelation(@ForAll("clusteredReports") List<Report> reports) {
        Set<Set<ReportId>> expected = components(reports);

        Set<Set<ReportId>> actual = new HashSet<>();
        IncidentFusion.rebuild(reports, PATIENT, IncidentFusionTest.GEO).forEach(i -> actual.add(new HashSet<>(i.reportIds())));

        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void changesReplayToTheSnapshot(@ForAll("clusteredReports") List<Report> reports, @ForAll Random random) {
        Map<IncidentId, Incident> replayed = new LinkedHashMap<>();
        IncidentFusion fusion = new IncidentFusion(PATIENT, IncidentFusionTest.GEO, change -> replay(replayed, change));
        List<Report> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);
        for (Report report : shuffled) {
            fusion.accept(report);
            assertThat(new HashSet<>(replayed.values())).isEqualTo(new HashSet<>(fusion.snapshot()));
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void corroborationNeedsTwoSourceTypes(@ForAll("clusteredReports") List<Report> reports) {
        assertThat(IncidentFusion.rebuild(reports, PATIENT, IncidentFusionTest.GEO)).allSatisfy(incident ->
                assertThat(incident.status()).isEqualTo(incident.sourceTypes().size() >= 2
                        ? IncidentStatus.CORROBORATED : IncidentStatus.NEW));
    }

    @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
    void acousticSensorsAloneNeverCorroborate(@ForAll("clusteredReports") List<Report> reports) {
        List<Report> acousticOnly = reports.stream().map(r -> new Report(r.id(), SourceType.ACOUSTIC, r.observedAt(),
                r.position(), r.category(), r.confidence(), r.text(), r.attachmentSha256())).toList();

        assertThat(IncidentFusion.rebuild(acousticOnly, PATIENT, IncidentFusionTest.GEO))
                .allSatisfy(incident -> assertThat(incident.status()).isEqualTo(IncidentStatus.NEW));
    }

    @Property(tries = 200)
    void reportsBeyondTheDistanceWindowNeverMerge(@ForAll @DoubleRange(min = 2_005, max = 20_000) double metres,
                                                  @ForAll @DoubleRange(min = 0, max = 360) double bearingDegrees,
                                                  @ForAll @IntRange(min = 0, max = 120) int seconds) {
        double bearing = Math.toRadians(bearingDegrees);
        double lat = SampleReports.north(SampleReports.LAT, metres * Math.cos(bearing));
        double lon = SampleReports.east(SampleReports.LAT, SampleReports.LON, metres * Math.sin(bearing));
        List<Report> pair = List.of(
                SampleReports.acoustic("acoustic-1", "e-1", SampleReports.LAT, SampleReports.LON, T0),
                SampleReports.acoustic("acoustic-2", "e-1", lat, lon, T0.plusSeconds(seconds)));

        assertThat(IncidentFusion.rebuild(pair, FusionSettings.standard(), IncidentFusionTest.GEO)).hasSize(2);
    }

    @Property(tries = 100)
    void incompatibleCategoriesNeverMerge(@ForAll Category a, @ForAll Category b) {
        List<Report> pair = List.of(
                SampleReports.report("s-1", "e-1", SourceType.ACOUSTIC, a, SampleReports.LAT, SampleReports.LON, 100, T0),
                SampleReports.report("s-2", "e-1", SourceType.RADAR, b, SampleReports.LAT, SampleReports.LON, 100, T0));

        assertThat(IncidentFusion.rebuild(pair, FusionSettings.standard(), IncidentFusionTest.GEO))
                .hasSize(a.isCompatibleWith(b) ? 1 : 2);
    }

    private static List<Incident> liveOneByOne(List<Report> arriving, FusionSettings settings) {
        List<Incident> closed = new ArrayList<>();
        IncidentFusion fusion = new IncidentFusion(settings, IncidentFusionTest.GEO, change -> {
            if (change instanceof IncidentChange.Closed c) {
                closed.add(c.incident());
            }
        });
        for (Report report : arriving) {
            assertThat(fusion.accept(report)).isEqualTo(Admission.FUSED);
        }
        fusion.closeAll();
        closed.sort(Comparator.comparing(incident -> incident.reportIds().get(0)));
        return closed;
    }

    private static void replay(Map<IncidentId, Incident> live, IncidentChange change) {
        if (change instanceof IncidentChange.Created created) {
            assertThat(live.put(created.incident().id(), created.incident())).isNull();
        } else if (change instanceof IncidentChange.Updated updated) {
            assertThat(live.put(updated.incident().id(), updated.incident())).isNotNull();
        } else if (change instanceof IncidentChange.MergedAway merged) {
            assertThat(live).containsKey(merged.into());
            assertThat(live.remove(merged.id())).isNotNull();
        } else if (change instanceof IncidentChange.Closed closed) {
            assertThat(live.remove(closed.incident().id())).isNotNull();
        }
    }

    /** The reference: pairwise test of the relation, then components by a plain union-find. */
    private static Set<Set<ReportId>> components(List<Report> reports) {
        int[] parent = new int[reports.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                if (sameEvent(reports.get(i), reports.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, Set<ReportId>> byRoot = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new TreeSet<>()).add(reports.get(i).id());
        }
        return new HashSet<>(byRoot.values());
    }

    private static int root(int[] parent, int i) {
        return parent[i] == i ? i : root(parent, parent[i]);
    }

    private static boolean sameEvent(Report a, Report b) {
        double metresPerDegree = Math.toRadians(6_371_008.8);
        double dy = (a.position().lat() - b.position().lat()) * metresPerDegree;
        double dx = (a.position().lon() - b.position().lon()) * metresPerDegree
                * Math.cos(Math.toRadians((a.position().lat() + b.position().lat()) / 2));
        long millis = Math.abs(a.observedAt().toEpochMilli() - b.observedAt().toEpochMilli());
        return millis <= 120_000 && a.category().isCompatibleWith(b.category()) && dx * dx + dy * dy <= 2_000.0 * 2_000.0;
    }
}
