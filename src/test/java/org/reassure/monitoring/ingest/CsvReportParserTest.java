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

class CsvReportParserTest {

    static final String HEADER = "sourceId,sourceType,eventUid,observedAt,lat,lon,accuracyM,category,confidence,text,attachmentSha256\n";

    private final CsvReportParser parser = new CsvReportParser(SampleReports.TIME_RULE);

    static String row(String uid) {
        return "observer-3,OBSERVER," + uid + ",2026-03-01T11:40:00Z,47.52,35.78,300,SMALL_ARMS,0.6,bursts heard,\n";
    }

    @Test
    void parsesQuotedFieldsAndAttachments() {
        String digests = "aa".repeat(32) + ";" + "BB".repeat(32);
        String csv = HEADER + "observer-3,OBSERVER,o-1,2026-03-01T11:40:00Z,47.52,35.78,300,SMALL_ARMS,0.6,"
                + "\"north, then \"\"heavy\"\"\nfire\"," + digests + "\n";

        Report report = parse(csv).accepted().get(0);

        assertThat(report.text()).isEqualTo("north, then \"heavy\"\nfire");
        assertThat(report.attachmentSha256()).containsExactly("aa".repeat(32), "bb".repeat(32));
    }

    @Test
    void keepsGoodReportsInMixedBatch() {
        String csv = HEADER + row("o-1")
                + row("o-2").replace("47.52", "north")
                + "\n"
                + row("o-4").replace(",bursts heard,", "")
                + row("o-5").replace("SMALL_ARMS", "")
                + row("o-6");

        ParseResult result = parse(csv);

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("o-1", "o-6");
        assertThat(result.rejections()).containsExactly(
                new Rejection(InputUnit.LINE, 3, "lat: must be a decimal number, was 'north'"),
                new Rejection(InputUnit.LINE, 5, "row has 9 columns, the header has 11"),
                new Rejection(InputUnit.LINE, 6, "category: required"));
    }

    @Test
    void acceptsColumnsInAnyOrderAndWithoutOptionalOnes() {
        String csv = "eventUid,sourceId,sourceType,observedAt,lon,lat,accuracyM,category,confidence\n"
                + "o-1,observer-3,OBSERVER,2026-03-01T11:40:00Z,35.78,47.52,300,SMALL_ARMS,0.6\n";

        Report report = parse(csv).accepted().get(0);

        assertThat(report.position().lat()).isEqualTo(47.52);
        assertThat(report.text()).isEmpty();
    }

    @Test
    void rejectsAFileWithoutTheDocumentedHeader() {
        assertThat(parse(row("o-1")).rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isEqualTo(1);
            assertThat(rejection.reason()).startsWith("header: unknown column 'observer-3'");
        });
        assertThat(parse(HEADER.replace("lat,", "")).rejections()).extracting(Rejection::reason)
                .singleElement().asString().startsWith("header: missing column lat");
    }

    @Test
    void endsTheFileAtAnOverlongLine() {
        String csv = HEADER + row("o-1") + row("o-2").replace("bursts heard", "x".repeat(CsvReportParser.MAX_LINE_LENGTH)) + row("o-3");

        ParseResult result = parse(csv);

        assertThat(result.accepted()).extracting(r -> r.id().eventUid()).containsExactly("o-1");
        assertThat(result.rejections()).containsExactly(new Rejection(InputUnit.LINE, 3, "line longer than 8192 characters"));
    }

    @Test
    void endsTheFileAtAnUnterminatedQuote() {
        ParseResult result = parse(HEADER + row("o-1") + row("o-2").replace("bursts heard", "\"bursts"));

        assertThat(result.accepted()).hasSize(1);
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.index()).isEqualTo(3);
            assertThat(rejection.reason()).startsWith("malformed CSV: Missing closing quote");
        });
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bytes = (HEADER + row("o-1")).getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xC3;

        assertThat(parser.parse(new ByteArrayInputStream(bytes)).rejections()).extracting(Rejection::reason)
                .containsExactly("not valid UTF-8");
    }

    private ParseResult parse(String csv) {
        return parser.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
