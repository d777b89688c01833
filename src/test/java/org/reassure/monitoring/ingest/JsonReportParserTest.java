package org.reassure.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.ParseResult;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.SampleReports;
import org.reassure.monitoring.SourceType;

class JsonReportParserTest {

    private final JsonReportParser parser = new JsonReportParser(SampleReports.TIME_RULE);

    static String report(String uid) {
        return "{\"sourceId\":\"radar-2\",\"sourceType\":\"RADAR\",\"eventUid\":\"" + uid + "\","
                + "\"observedAt\":\"2026-03-01T11:58:00Z\",\"lat\":48.25,\"lon\":37.0,\"accuracyM\":40,"
                + "\"category\":\"OUTGOING_FIRE\",\"confidence\":0.9,\"text\":\"counter-battery track\","
                + "\"attachmentSha256\":[\"" + "0f".repeat(32) + "\"]}";
    }

    @Test
    void parsesOneReport() {
        Report report = parse(report("r-1")).accepted().get(0);

        assertThat(report.id().sourceId()).isEqualTo("radar-2");
        assertThat(report.sourceType()).isEqualTo(SourceType.RADAR);
        assertThat(report.category()).isEqualTo(Category.OUTGOING_FIRE);
        assertThat(report.position().accuracyM()).isEqualTo(40);
        assertThat(report.text()).isEqualTo("counter-battery track");
        assertThat(report.attachmentSha256()).containsExactly("0f".repeat(32));
    }

    @Test
    void keepsGoodReportsInMixedBatch() {
        String batch = "[" + report("r-1") + ","
                + report("r-2").replace("\"lat\":48.25", "\"lat\":\"48.25\"") + ","
                + report("r-3").replace("\"confidence\":0.9", "\"confidence\":0.9,\"colour\":\"red\"") + ","
                + report("r-4").replace("\"category\":\"OUTGOING_FIRE\"", "\"category\":\"SHELLING\"") + ","
                + report("r-5").replace("\"lat\":48.25,", "") + ","
                + "42,"
                + report("r-7") + "]";

        ParseResult result = parse(batch);

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("r-1", "r-7");
        assertThat(result.rejections()).containsExactly(
                new Rejection(InputUnit.ITEM, 1, "lat: must be a JSON number"),
                new Rejection(InputUnit.ITEM, 2, "unknown field 'colour'"),
                new Rejection(InputUnit.ITEM, 3, "category: unknown value 'SHELLING', expected one of [EXPLOSION_IMPACT, "
                        + "OUTGOING_FIRE, PROJECTILE_IN_FLIGHT, MUZZLE_FLASH, FLARE, SMALL_ARMS, DRONE_STRIKE, AIR_INCURSION, "
                        + "HEAVY_WEAPON_MOVEMENT, MINE, OTHER]"),
                new Rejection(InputUnit.ITEM, 4, "lat: required"),
                new Rejection(InputUnit.ITEM, 5, "a report must be a JSON object"));
    }

    @Test
    void rejectsAFieldGivenTwice() {
        ParseResult result = parse(report("r-1").replace("\"lon\":37.0", "\"lon\":37.0,\"lon\":38.0"));

        assertThat(result.rejections()).extracting(Rejection::reason).containsExactly("lon: given more than once");
    }

    @Test
    void refusesObservationTimesOutsideTheWindow() {
        String future = report("r-1").replace("2026-03-01T11:58:00Z", "2026-03-01T12:06:00Z");
        String old = report("r-2").replace("2026-03-01T11:58:00Z", "2026-01-01T00:00:00Z");
        String garbage = report("r-3").replace("2026-03-01T11:58:00Z", "yesterday");

        ParseResult result = parse("[" + future + "," + old + "," + garbage + "]");

        assertThat(result.rejections()).extracting(Rejection::reason).containsExactly(
                "observedAt: more than 5 minutes in the future (2026-03-01T12:06:00Z)",
                "observedAt: older than 30 days (2026-01-01T00:00:00Z)",
                "observedAt: must be an ISO-8601 instant such as 2026-01-06T10:15:30Z, was 'yesterday'");
    }

    @Test
    void endsTheBatchAtBrokenJsonKeepingReportsBefore() {
        ParseResult result = parse("[" + report("r-1") + "," + report("r-2").substring(0, 40));

        assertThat(result.accepted()).hasSize(1);
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.unit()).isEqualTo(InputUnit.ITEM);
            assertThat(rejection.index()).isEqualTo(1);
            assertThat(rejection.reason()).startsWith("malformed JSON at line 1");
        });
    }

    @Test
    void rejectsADocumentThatIsNeitherObjectNorArray() {
        assertThat(parse("\"hello\"").rejections())
                .containsExactly(new Rejection(InputUnit.DOCUMENT, 0, "expected a report object or an array of report objects"));
    }

    private ParseResult parse(String json) {
        return parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
