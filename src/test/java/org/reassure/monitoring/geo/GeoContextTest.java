package org.reassure.monitoring.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.reassure.monitoring.GeoTags;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.Side;
import org.reassure.monitoring.Zone;

class GeoContextTest {

    private static final GeoContext GEO = GeoContext.synthetic();

    @Test
    void shipsASyntheticLineOfAbout1200Km() {
        GeoJsonLayer line = layer("line-of-contact");
        Geometry geometry = line.features().get(0).geometry();

        assertThat(GEO.lineLengthKm()).isBetween(1_150.0, 1_250.0);
        assertThat(geometry.isSimple()).isTrue();
        assertThat(line.synthetic()).isTrue();
        assertThat(line.features().get(0).synthetic()).isTrue();
        assertThat(line.features().get(0).text("description")).startsWith("SYNTHETIC, ILLUSTRATIVE ONLY");
        assertThat(GEO.syntheticData()).isTrue();
    }

    @Test
    void shipsSyntheticOblastsThatDoNotOverlap() {
        GeoJsonLayer oblasts = layer("oblasts");
        List<String> codes = oblasts.features().stream().map(f -> f.text("iso3166_2")).toList();

        assertThat(codes).contains("UA-63", "UA-09", "UA-14", "UA-12", "UA-23", "UA-65", "UA-48", "UA-43");
        assertThat(oblasts.features()).allSatisfy(f -> {
            assertThat(f.synthetic()).isTrue();
            assertThat(f.geometry().isValid()).as(f.text("name")).isTrue();
        });
        for (GeoJsonLayer.Feature a : oblasts.features()) {
            for (GeoJsonLayer.Feature b : oblasts.features()) {
                if (a != b) {
                    assertThat(a.geometry().intersection(b.geometry()).getArea()).as(a.text("name") + " / " + b.text("name"))
                            .isLessThan(1e-9);
                }
            }
        }
    }

    @Test
    void tagsTownsWithTheirOblastAndSide() {
        assertTagged(48.00, 37.80, Oblast.DONETSK, Side.OCCUPIED);              // Donetsk
        assertTagged(48.72, 37.56, Oblast.DONETSK, Side.UKRAINIAN_CONTROLLED);  // Kramatorsk
        assertTagged(46.64, 32.61, Oblast.KHERSON, Side.UKRAINIAN_CONTROLLED);  // Kherson, right bank
        assertTagged(46.76, 33.37, Oblast.KHERSON, Side.OCCUPIED);              // Nova Kakhovka, left bank
        assertTagged(46.84, 35.37, Oblast.ZAPORIZHZHIA, Side.OCCUPIED);         // Melitopol
        assertTagged(47.84, 35.14, Oblast.ZAPORIZHZHIA, Side.UKRAINIAN_CONTROLLED);
        assertTagged(47.57, 34.40, Oblast.DNIPROPETROVSK, Side.UKRAINIAN_CONTROLLED); // Nikopol
        assertTagged(47.50, 34.66, Oblast.ZAPORIZHZHIA, Side.OCCUPIED);         // Enerhodar, across the river
        assertTagged(44.95, 34.10, Oblast.CRIMEA, Side.OCCUPIED);               // Simferopol
        assertTagged(48.57, 39.31, Oblast.LUHANSK, Side.OCCUPIED);              // Luhansk
        assertTagged(49.99, 36.23, Oblast.KHARKIV, Side.UKRAINIAN_CONTROLLED);  // Kharkiv
        assertTagged(50.45, 30.52, Oblast.KYIV_CITY, Side.UKRAINIAN_CONTROLLED);
    }

    @Test
    void leavesTheSideUnknownBeyondTheEndsOutsideKnownOblasts() {
        GeoTags belgorod = GEO.tag(50.60, 36.59);
        GeoTags openSea = GEO.tag(46.30, 31.00);

        assertThat(belgorod.oblast()).isEqualTo(Oblast.UNKNOWN);
        assertThat(belgorod.side()).isEqualTo(Side.UNKNOWN);
        assertThat(openSea.side()).isEqualTo(Side.UNKNOWN);
    }

    @Test
    void keepsHubsFarBehindTheLine() {
        assertThat(GEO.hubs()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(hub -> {
            GeoTags tags = GEO.tag(hub.lat(), hub.lon());
            assertThat(hub.name()).contains("synthetic");
            assertThat(tags.side()).as(hub.name()).isEqualTo(Side.UKRAINIAN_CONTROLLED);
            assertThat(tags.zone()).isEqualTo(Zone.REAR);
            assertThat(tags.distanceToLineKm()).isGreaterThan(60);
        });
    }

    @Test
    void measuresDistanceWithinHalfAPercentOfTheGeodesic() {
        List<double[]> line = densifiedLine(0.05);
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            double[] vertex = line.get(random.nextInt(line.size()));
            double lat = vertex[0] + (random.nextDouble() - 0.5) * 1.6;
            double lon = vertex[1] + (random.nextDouble() - 0.5) * 2.4;
            double reference = nearestGeodesicKm(line, lat, lon);
            if (reference <= 100) {
                assertThat(GEO.tag(lat, lon).distanceToLineKm()).as(lat + ", " + lon)
                        .isCloseTo(reference, within(0.005 * reference + 0.03));
            }
        }
    }

    @Test
    void tagsAlikeWhenThreadsMeetTheLineNeighbourhoodForTheFirstTime() throws Exception {
        List<double[]> positions = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            positions.add(new double[] {46.0 + random.nextDouble() * 5, 31.0 + random.nextDouble() * 8});
        }
        GeoContext fresh = GeoContext.synthetic();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<GeoTags>>> tagged = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tagged.add(threads.submit(() -> positions.stream().map(p -> fresh.tag(p[0], p[1])).toList()));
            }
            List<GeoTags> alone = positions.stream().map(p -> GEO.tag(p[0], p[1])).toList();
            for (Future<List<GeoTags>> result : tagged) {
                assertThat(result.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void zonesFollowTheConfiguredLimits() {
        GeoContext narrow = GeoContext.synthetic(new GeoSettings(5, 10, 12));
        double lat = 48.40;
        for (double lon = 36.0; lon <= 37.8; lon += 0.01) {
            GeoTags standard = GEO.tag(lat, lon);
            Zone expected = standard.distanceToLineKm() <= 15 ? Zone.WITHDRAWAL_ZONE
                    : standard.distanceToLineKm() <= 30 ? Zone.BUFFER : Zone.REAR;
            assertThat(standard.zone()).isEqualTo(expected);
            Zone narrowExpected = standard.distanceToLineKm() <= 5 ? Zone.WITHDRAWAL_ZONE
                    : standard.distanceToLineKm() <= 10 ? Zone.BUFFER : Zone.REAR;
            assertThat(narrow.tag(lat, lon).zone()).isEqualTo(narrowExpected);
        }
    }

    @Test
    void numbersSectorsFromTheNorthernEnd() {
        assertThat(GEO.sectorCount()).isEqualTo(12);
        assertThat(GEO.tag(50.30, 36.90).sector().label()).isEqualTo("S01");
        assertThat(GEO.tag(46.60, 32.00).sector().label()).isEqualTo("S12");
        double sectorKm = GEO.lineLengthKm() / 12;
        GeoTags middle = GEO.tag(47.55, 35.60);
        assertThat(middle.sector().number()).isEqualTo((int) (middle.chainageKm() / sectorKm) + 1);
    }

    @Test
    void refusesPositionsOutOfRange() {
        assertThatThrownBy(() -> GEO.tag(Double.NaN, 37)).hasMessageStartingWith("position:");
        assertThatThrownBy(() -> new GeoSettings(20, 10, 12)).hasMessageStartingWith("bufferKm:");
    }

    private static void assertTagged(double lat, double lon, Oblast oblast, Side side) {
        GeoTags tags = GEO.tag(lat, lon);
        assertThat(tags.oblast()).as(lat + ", " + lon).isEqualTo(oblast);
        assertThat(tags.side()).as(lat + ", " + lon).isEqualTo(side);
    }

    private static GeoJsonLayer layer(String name) {
        return GeoJsonLayer.read(GeoContextTest.class.getResourceAsStream("/geo/" + name + ".synthetic.geojson"));
    }

    /** The line's vertices with points every {@code stepKm} in between, as {lat, lon}. */
    private static List<double[]> densifiedLine(double stepKm) {
        Coordinate[] vertices = layer("line-of-contact").features().get(0).geometry().getCoordinates();
        List<double[]> points = new ArrayList<>();
        for (int i = 1; i < vertices.length; i++) {
            Coordinate a = vertices[i - 1];
            Coordinate b = vertices[i];
            int steps = Math.max(1, (int) Math.ceil(LocalMetric.haversineKm(a.y, a.x, b.y, b.x) / stepKm));
            for (int s = 0; s < steps; s++) {
                double t = (double) s / steps;
                points.add(new double[] {a.y + t * (b.y - a.y), a.x + t * (b.x - a.x)});
            }
        }
        Coordinate last = vertices[vertices.length - 1];
        points.add(new double[] {last.y, last.x});
        return points;
    }

    private static double nearestGeodesicKm(List<double[]> line, double lat, double lon) {
        double[] nearest = line.get(0);
        double best = Double.POSITIVE_INFINITY;
        for (double[] point : line) {
            double km = LocalMetric.haversineKm(lat, lon, point[0], point[1]);
            if (km < best) {
                best = km;
                nearest = point;
            }
        }
        return GeodesicReference.distanceKm(lat, lon, nearest[0], nearest[1]);
    }
}
