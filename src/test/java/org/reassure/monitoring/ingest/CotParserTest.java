package org.reassure.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.ParseResult;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportSink;
import org.reassure.monitoring.SampleReports;
import org.reassure.monitoring.SourceType;

class CotParserTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final CotParser parser = new CotParser(SampleReports.TIME_RULE);

    static String event(String uid, String detail) {
        return "<event version=\"2.0\" uid=\"" + uid + "\" type=\"a-h-G\" how=\"m-g\""
                + " time=\"2026-03-01T11:58:05Z\" start=\"2026-03-01T11:58:00Z\" stale=\"2026-03-01T12:58:00Z\">"
                + "<point lat=\"48.25\" lon=\"37.0\" hae=\"180\" ce=\"35\" le=\"9999999\"/>"
                + "<detail><contact callsign=\"acoustic-7\"/>" + detail + "</detail></event>";
    }

    static String sensorEvent(String uid) {
        return event(uid, "<reassure category=\"EXPLOSION_IMPACT\" sourceType=\"ACOUSTIC\" confidence=\"0.9\"/>");
    }

    @Test
    void parsesSeveralEventsFromOneStream() {
        String stream = DECLARATION + sensorEvent("e-1") + "\n" + DECLARATION + sensorEvent("e-2") + sensorEvent("e-3");

        ParseResult result = parse(stream);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("e-1", "e-2", "e-3");
    }

    @Test
    void mapsCotFieldsAndTheReassureExtension() {
        String digest = "ab".repeat(32);
        Report report = parse(event("e-9", "<remarks>two impacts &amp; smoke</remarks><__group name=\"x\"/>"
                + "<reassure category=\"OUTGOING_FIRE\" sourceType=\"RADAR\" confidence=\"0.75\" accuracy=\"80\""
                + " attachmentSha256=\"" + digest + "\"/>")).accepted().get(0);

        assertThat(report.id().sourceId()).isEqualTo("acoustic-7");
        assertThat(report.id().eventUid()).isEqualTo("e-9");
        assertThat(report.observedAt()).isEqualTo(Instant.parse("2026-03-01T11:58:00Z"));
        assertThat(report.position().lat()).isEqualTo(48.25);
        assertThat(report.position().accuracyM()).isEqualTo(80);
        assertThat(report.category()).isEqualTo(Category.OUTGOING_FIRE);
        assertThat(report.sourceType()).isEqualTo(SourceType.RADAR);
        assertThat(report.confidence()).isEqualTo(0.75);
        assertThat(report.text()).isEqualTo("two impacts & smoke");
        assertThat(report.attachmentSha256()).containsExactly(digest);
    }

    @Test
    void fallsBackOnCotTypeHowAndCircularError() {
        String observer = "<event uid=\"o-1\" type=\"a-u-A-M-F-Q\" how=\"h-e\" time=\"2026-03-01T11:50:00Z\">"
                + "<point lat=\"47.5\" lon=\"35.8\" ce=\"250\"/><detail><contact callsign=\"OSCE-team-4\"/></detail></event>";

        Report report = parse(observer).accepted().get(0);

        assertThat(report.category()).isEqualTo(Category.AIR_INCURSION);
        assertThat(report.sourceType()).isEqualTo(SourceType.OBSERVER);
        assertThat(report.position().accuracyM()).isEqualTo(250);
        assertThat(report.confidence()).isEqualTo(0.5);
        assertThat(report.observedAt()).isEqualTo(Instant.parse("2026-03-01T11:50:00Z"));
    }

    @Test
    void rejectsBillionLaughs() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + event("e-1", "<remarks>&lol3;</remarks>");

        ParseResult result = parse(sensorEvent("before") + laughs);

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("before");
        assertThat(result.rejections()).containsExactly(new Rejection(InputUnit.EVENT, 1,
                "DOCTYPE and other markup declarations are not allowed (no DTD, no entities)"));
    }

    @Test
    void rejectsExternalEntity() {
        String xxe = "<!DOCTYPE event [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + event("e-1", "<remarks>&xxe;</remarks>");

        ParseResult result = parse(xxe);

        assertThat(result.accepted()).isEmpty();
        assertThat(result.rejections()).singleElement().extracting(Rejection::reason).asString().startsWith("DOCTYPE");
    }

    @Test
    void rejectsUndeclaredEntityReferenceAndGoesOn() {
        ParseResult result = parse(event("e-1", "<remarks>&xxe;</remarks>") + sensorEvent("e-2"));

        assertThat(result.rejections()).containsExactly(new Rejection(InputUnit.EVENT, 0, "entity reference &xxe; is not allowed"));
        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("e-2");
    }

    @Test
    void keepsGoodEventsAroundOneWithBadFields() {
        String badLatitude = sensorEvent("e-2").replace("lat=\"48.25\"", "lat=\"91\"");

        ParseResult result = parse(sensorEvent("e-1") + badLatitude + sensorEvent("e-3"));

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("e-1", "e-3");
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isEqualTo(1);
            assertThat(rejection.reason()).startsWith("lat: must be within [-90, 90]");
        });
    }

    @Test
    void endsTheStreamAtMalformedXmlKeepingEventsBefore() {
        String broken = "<event uid=\"e-2\"><point lat=\"48\"></event>";

        ParseResult result = parse(sensorEvent("e-1") + broken + sensorEvent("e-3"));

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("e-1");
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isEqualTo(1);
            assertThat(rejection.reason()).startsWith("malformed XML at line 1");
        });
    }

    @Test
    void endsTheStreamAtAnOversizedEvent() {
        String huge = event("e-2", "<remarks>" + "x".repeat(CotParser.MAX_EVENT_BYTES) + "</remarks>");

        ParseResult result = parse(sensorEvent("e-1") + huge + sensorEvent("e-3"));

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("e-1");
        assertThat(result.rejections()).containsExactly(new Rejection(InputUnit.EVENT, 1, "event larger than 65536 bytes"));
    }

    @Test
    void endsTheStreamAtAnElementWithTooManyAttributes() {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i <= 64; i++) {
            attributes.append(" a").append(i).append("=\"x\"");
        }
        String crowded = event("e-2", "<link" + attributes + "/>");

        ParseResult result = parse(sensorEvent("e-1") + crowded + sensorEvent("e-3"));

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("e-1");
        assertThat(result.rejections()).containsExactly(new Rejection(InputUnit.EVENT, 1, "an element with more than 64 attributes"));
    }

    @Test
    void endsTheStreamAtElementsNestedFarTooDeep() {
        String deep = event("e-2", "<a>".repeat(40) + "</a>".repeat(40));

        ParseResult result = parse(sensorEvent("e-1") + deep + sensorEvent("e-3"));

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("e-1");
        assertThat(result.rejections()).containsExactly(new Rejection(InputUnit.EVENT, 1, "elements nested deeper than 32 levels"));
    }

    @Test
    void rejectsTooDeepOrTooLongPartsAndGoesOn() {
        String deep = event("e-1", "<a><b><c><d><e><f><g><h>x</h></g></f></e></d></c></b></a>");
        String longAttribute = event("e-2", "<link uid=\"" + "u".repeat(CotParser.MAX_ATTRIBUTE_LENGTH + 1) + "\"/>");

        ParseResult result = parse(deep + longAttribute + sensorEvent("e-3"));

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("e-3");
        assertThat(result.rejections()).extracting(Rejection::reason).containsExactly(
                "event: elements nested deeper than 8 levels", "link@uid: longer than 1024 characters");
    }

    @Test
    void rejectsEventsMissingWhatAReportNeeds() {
        String noCallsign = event("e-1", "").replace("<contact callsign=\"acoustic-7\"/>", "");
        String unknownAccuracy = sensorEvent("e-2").replace("ce=\"35\"", "ce=\"9999999.0\"");
        String notAnEvent = "<ping uid=\"x\"/>";

        ParseResult result = parse(noCallsign + unknownAccuracy + notAnEvent);

        assertThat(result.rejections()).extracting(Rejection::reason).containsExactly(
                "detail/contact@callsign: required (it names the source)",
                "point@ce: 9999999 means unknown; give detail/reassure@accuracy",
                "expected <event>, found <ping>");
    }

    @Test
    void deliversEachEventBeforeReadingTheNext() {
        List<String> seenWhenSecondWasRead = Collections.synchronizedList(new ArrayList<>());
        List<String> delivered = new ArrayList<>();
        InputStream second = new InputStream() {
            private final ByteArrayInputStream bytes = utf8(sensorEvent("e-2"));
            private boolean first = true;

            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (first) {
                    first = false;
                    seenWhenSecondWasRead.addAll(delivered);
                }
                return bytes.read(b, off, len);
            }
        };

        parser.parse(new SequenceInputStream(utf8(sensorEvent("e-1")), second), new ReportSink() {
            @Override
            public void accept(Report report) {
                delivered.add(report.id().eventUid());
            }

            @Override
            public void reject(Rejection rejection) {
                delivered.add(rejection.toString());
            }
        });

        assertThat(seenWhenSecondWasRead).containsExactly("e-1");
        assertThat(delivered).containsExactly("e-1", "e-2");
    }

    private ParseResult parse(String stream) {
        return parser.parse(utf8(stream));
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
