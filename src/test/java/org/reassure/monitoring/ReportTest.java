package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportTest {

    private static final ReportId ID = new ReportId("acoustic-7", "evt-1");
    private static final Position POSITION = new Position(48.25, 37.0, 150);

    @Test
    void refusesLatitudeOutOfRangeNamingTheField() {
        assertThatThrownBy(() -> new Position(90.5, 37, 10))
                .hasMessageStartingWith("lat: must be within [-90, 90] degrees");
        assertThatThrownBy(() -> new Position(Double.NaN, 37, 10)).hasMessageStartingWith("lat:");
        assertThatThrownBy(() -> new Position(48, 180.1, 10)).hasMessageStartingWith("lon: must be within [-180, 180]");
    }

    @Test
    void refusesAccuracyThatIsNotPositive() {
        assertThatThrownBy(() -> new Position(48, 37, 0)).hasMessageStartingWith("accuracyM: must be a finite number of metres > 0");
        assertThatThrownBy(() -> new Position(48, 37, Double.POSITIVE_INFINITY)).hasMessageStartingWith("accuracyM:");
    }

    @Test
    void refusesConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> report(1.2, "", List.of())).hasMessageStartingWith("confidence: must be within [0, 1]");
    }

    @Test
    void boundsTheFreeText() {
        assertThat(report(0.5, "x".repeat(Report.MAX_TEXT_LENGTH), List.of()).text()).hasSize(2_000);
        assertThatThrownBy(() -> report(0.5, "x".repeat(Report.MAX_TEXT_LENGTH + 1), List.of()))
                .hasMessage("text: must be at most 2000 characters, was 2001");
        assertThatThrownBy(() -> report(0.5, "forged\u001b[2Jlog", List.of())).hasMessageStartingWith("text: control characters");
        assertThat(report(0.5, null, List.of()).text()).isEmpty();
    }

    @Test
    void keepsAttachmentDigestsAsLowerCaseHex() {
        Report report = report(0.5, "", List.of("AB".repeat(32)));
        assertThat(report.attachmentSha256()).containsExactly("ab".repeat(32));
        assertThatThrownBy(() -> report(0.5, "", List.of("xyz"))).hasMessageStartingWith("attachmentSha256: each digest must be 64 hexadecimal");
    }

    @Test
    void refusesIdentifiersThatAreBlankOrTooLong() {
        assertThatThrownBy(() -> new ReportId(" ", "u")).hasMessage("sourceId: must not be blank");
        assertThatThrownBy(() -> new ReportId("s", "u".repeat(129))).hasMessage("eventUid: must be at most 128 characters, was 129");
        assertThatThrownBy(() -> new ReportId(null, "u")).hasMessage("sourceId: required");
    }

    @Test
    void ordersReportIdsBySourceThenEventUid() {
        assertThat(new ReportId("a", "9")).isLessThan(new ReportId("b", "1"));
        assertThat(new ReportId("a", "1")).isLessThan(new ReportId("a", "2"));
    }

    @Test
    void refusesObservationsTooFarAheadOrTooOld() {
        ObservationTimeRule rule = SampleReports.TIME_RULE;
        rule.check(SampleReports.NOW.plus(Duration.ofMinutes(5)));
        rule.check(SampleReports.NOW.minus(Duration.ofDays(30)));
        assertThatThrownBy(() -> rule.check(SampleReports.NOW.plus(Duration.ofMinutes(5)).plusMillis(1)))
                .hasMessageStartingWith("observedAt: more than 5 minutes in the future");
        assertThatThrownBy(() -> rule.check(SampleReports.NOW.minus(Duration.ofDays(30)).minusMillis(1)))
                .hasMessageStartingWith("observedAt: older than 30 days");
    }

    private static Report report(double confidence, String text, List<String> attachments) {
        return new Report(ID, SourceType.ACOUSTIC, Instant.parse("2026-03-01T11:00:00Z"), POSITION,
                Category.EXPLOSION_IMPACT, confidence, text, attachments);
    }
}
