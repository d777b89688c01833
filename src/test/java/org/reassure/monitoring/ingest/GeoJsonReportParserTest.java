package org.reassure.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.ParseResult;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.SampleReports;

class GeoJsonReportParserTest {

    private final GeoJsonReportParser parser = new GeoJsonReportParser(SampleReports.TIME_RULE);

    static String feature(String uid) {
        return "{\"type\":\"Feature\",\"id\":\"" + uid + "\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[35.78,47.45,120]},"
                + "\"properties\":{\"sourceId\":\"drone-11\",\"sourceType\":\"DRONE\",\"eventUid\":\"" + uid + "\","
                + "\"observedAt\":\"2026-03-01T11:45:00Z\",\"accuracyM\":15,\"category\":\"DRONE_STRIKE\",\"confidence\":0.95}}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"name\":\"sortie 4\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    void readsPointFeaturesWithLonLatOrder() {
        Report report = parse(collection(feature("d-1"))).accepted().get(0);

        assertThat(report.position().lat()).isEqualTo(47.45);
        assertThat(report.position().lon()).isEqualTo(35.78);
        assertThat(report.id().eventUid()).isEqualTo("d-1");
    }

    @Test
    void keepsGoodFeaturesInMixedCollection() {
        ParseResult result = parse(collection(
                feature("d-1"),
                feature("d-2").replace("\"type\":\"Point\",\"coordinates\":[35.78,47.45,120]",
                        "\"type\":\"Polygon\",\"coordinates\":[[[35,47],[36,47],[36,48],[35,47]]]"),
                feature("d-3").replace("\"confidence\":0.95", "\"confidence\":0.95,\"lat\":47.0"),
                feature("d-4").replace("\"confidence\":0.95", "\"confidence\":0.95,\"altitude\":3"),
                feature("d-5").replace("\"id\":\"d-5\",", "\"id\":\"d-5\",\"style\":{},"),
                feature("d-6").replace("[35.78,47.45,120]", "[35.78]"),
                feature("d-7")));

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("d-1", "d-7");
        assertThat(result.rejections()).containsExactly(
                new Rejection(InputUnit.FEATURE, 1, "geometry: must be a Point, was 'Polygon'"),
                new Rejection(InputUnit.FEATURE, 2, "lat: give the position as the Point geometry, not as a property"),
                new Rejection(InputUnit.FEATURE, 3, "unknown field 'altitude'"),
                new Rejection(InputUnit.FEATURE, 4, "unknown member 'style'"),
                new Rejection(InputUnit.FEATURE, 5, "geometry: coordinates must be [lon, lat] or [lon, lat, altitude] numbers"));
    }

    @Test
    void requiresAFeatureCollectionTypedBeforeItsFeatures() {
        assertThat(parse("{\"features\":[],\"type\":\"FeatureCollection\"}").rejections()).containsExactly(
                new Rejection(InputUnit.DOCUMENT, 0, "type: \"FeatureCollection\" must come before features"));
        assertThat(parse("{\"type\":\"Feature\"}").rejections()).containsExactly(
                new Rejection(InputUnit.DOCUMENT, 0, "type: must be \"FeatureCollection\""));
    }

    @Test
    void endsAtBrokenJsonKeepingFeaturesBefore() {
        ParseResult result = parse(collection(feature("d-1"), "{\"type\":"));

        assertThat(result.accepted()).hasSize(1);
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.unit()).isEqualTo(InputUnit.FEATURE);
            assertThat(rejection.index()).isEqualTo(1);
        });
    }

    private ParseResult parse(String json) {
        return parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
