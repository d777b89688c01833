package org.reassure.monitoring.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;

/**
 * When a sector's violations cross its threshold: N within the window, windows never overlapping, simultaneous
 * violations counted together.
 */
class ThresholdCrossingsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Threshold THREE_IN_AN_HOUR = new Threshold(3, Duration.ofHours(1));

    @Test
    void crossesOnceTheThresholdIsReachedWithinTheWindow() {
        List<BreachAlertRaised.Evidence> violations = at(0, 20, 50, 70);
        List<List<BreachAlertRaised.Evidence>> crossings = ThresholdCrossings.find(violations, THREE_IN_AN_HOUR, Instant.EPOCH);
        assertThat(crossings).hasSize(1);
        assertThat(crossings.get(0)).extracting(BreachAlertRaised.Evidence::firstObserved).containsExactly(minutes(0), minutes(20), minutes(50));
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
        List<List<BreachAlertRaised.Evidence>> crossings = ThresholdCrossings.find(at(everyFiveMinutes.stream().mapToInt(i -> i).toArray()),
                THREE_IN_AN_HOUR, Instant.EPOCH);
        assertThat(crossings).extracting(c -> c.get(c.size() - 1).firstObserved()).containsExactly(minutes(10), minutes(70), minutes(130));
    }

    @Test
    void noCrossingStartsBeforeTheLastAlertWindowEnded() {
        assertThat(ThresholdCrossings.find(at(0, 10, 20, 30), THREE_IN_AN_HOUR, minutes(-20))).isEmpty();
        assertThat(ThresholdCrossings.find(at(0, 10, 20, 30), THREE_IN_AN_HOUR, minutes(-60))).hasSize(1);
    }

    @Test
    void countsEveryViolationObservedAtTheSameInstantAsTheEnd() {
        List<List<BreachAlertRaised.Evidence>> crossings = ThresholdCrossings.find(at(0, 10, 10, 10), THREE_IN_AN_HOUR, Instant.EPOCH);
        assertThat(crossings).hasSize(1);
        assertThat(crossings.get(0)).hasSize(4);
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

    private static List<BreachAlertRaised.Evidence> at(int... minutes) {
        List<BreachAlertRaised.Evidence> violations = new ArrayList<>();
        for (int minute : minutes) {
            violations.add(new BreachAlertRaised.Evidence(new IncidentId(UUID.randomUUID()), Category.EXPLOSION_IMPACT, IncidentStatus.CORROBORATED,
                    minutes(minute), Oblast.DONETSK, 3, 2));
        }
        return violations;
    }
}
