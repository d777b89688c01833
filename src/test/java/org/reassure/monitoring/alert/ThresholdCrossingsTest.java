package org.reassure.monitoring.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * When a sector's violations cross its threshold: N within the window, windows never overlapping, simultaneous
 * violations counted together.
 */
class ThresholdCrossingsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Threshold THREE_IN_AN_HOUR = new Threshold(3, Duration.ofHours(1));

    @Test
    void crossesOnceTheThresholdIsReachedWithinTheWindow() {
        assertThat(ThresholdCrossings.find(at(0, 20, 50, 70), THREE_IN_AN_HOUR, Instant.EPOCH))
            .containsExactly(new ThresholdCrossings.Window(minutes(-10), minutes(50), 3));
    }

    @Test
    void doesNotCrossWhenTheViolationsAreSpreadWiderThanTheWindow() {
        assertThat(ThresholdCrossings.find(at(0, 40, 100, 140, 200), THREE_IN_AN_HOUR, Instant.EPOCH)).isEmpty();
    }

    @Test
    void theWindowExcludesItsStartAndIncludesItsEnd() {
        assertThat(ThresholdCrossings.find(at(0, 30, 60), THREE_IN_AN_HOUR, Instant.EPOCH)).isEmpty();
        assertThat(ThresholdCrossings.find(at(1, 30, 60), THREE_IN_AN_HOUR, Instant.EPOCH)).hasSize(1);
    }

    @Test
    void sustainedFireCrossesAtMostOncePerWindow() {
        List<Integer> everyFiveMinutes = new ArrayList<>();
        for (int minute = 0; minute < 180; minute += 5) {
            everyFiveMinutes.add(minute);
        }
        List<ThresholdCrossings.Window> crossings = ThresholdCrossings.find(at(everyFiveMinutes.stream().mapToInt(i -> i).toArray()), THREE_IN_AN_HOUR,
                Instant.EPOCH);
        assertThat(crossings).extracting(ThresholdCrossings.Window::end).containsExactly(minutes(10), minutes(70), minutes(130));
        assertThat(crossings).extracting(ThresholdCrossings.Window::violations).containsExactly(3, 12, 12);
    }

    @Test
    void noCrossingStartsBeforeTheLastAlertWindowEnded() {
        assertThat(ThresholdCrossings.find(at(0, 10, 20, 30), THREE_IN_AN_HOUR, minutes(-20))).isEmpty();
        assertThat(ThresholdCrossings.find(at(0, 10, 20, 30), THREE_IN_AN_HOUR, minutes(-60))).hasSize(1);
    }

    @Test
    void countsEveryViolationObservedAtTheSameInstantAsTheEnd() {
        assertThat(ThresholdCrossings.find(at(0, 10, 10, 10), THREE_IN_AN_HOUR, Instant.EPOCH)).singleElement()
            .extracting(ThresholdCrossings.Window::violations)
            .isEqualTo(4);
    }

    @Test
    void refusesNonsensicalThresholds() {
        assertThatThrownBy(() -> new Threshold(0, Duration.ofHours(1))).hasMessageContaining("min-incidents");
        assertThatThrownBy(() -> new Threshold(3, Duration.ZERO)).hasMessageContaining("window");
        assertThatThrownBy(() -> new Threshold(3, Duration.ofDays(8))).hasMessageContaining("window");
    }

    private static Instant minutes(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** The first observation times of violations at these minutes after T0. */
    private static long[] at(int... minutes) {
        return Arrays.stream(minutes).mapToLong(minute -> minutes(minute).toEpochMilli()).toArray();
    }
}
