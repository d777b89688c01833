package org.reassure.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Refuses observation times too far in the future (clock skew, forged reports) or too old to act on.
 */
public record ObservationTimeRule(Clock clock, Duration maxAhead, Duration maxAge) {

    public ObservationTimeRule {
        FieldRules.present("clock", clock);
        if (maxAhead == null || maxAhead.isNegative()) {
            throw new IllegalArgumentException("maxAhead: must be a duration >= 0");
        }
        if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge: must be a duration > 0");
        }
    }

    /** At most 5 minutes ahead of the clock, at most 30 days old. */
    public static ObservationTimeRule standard(Clock clock) {
        return new ObservationTimeRule(clock, Duration.ofMinutes(5), Duration.ofDays(30));
    }

    public void check(Instant observedAt) {
        Instant now = clock.instant();
        if (observedAt.isAfter(now.plus(maxAhead))) {
            throw new IllegalArgumentException("observedAt: more than " + describe(maxAhead) + " in the future (" + observedAt + ")");
        }
        if (observedAt.isBefore(now.minus(maxAge))) {
            throw new IllegalArgumentException("observedAt: older than " + describe(maxAge) + " (" + observedAt + ")");
        }
    }

    private static String describe(Duration duration) {
        if (duration.toDaysPart() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + " days";
        }
        if (duration.toSecondsPart() == 0 && duration.toNanosPart() == 0) {
            return duration.toMinutes() + " minutes";
        }
        return duration.toSeconds() + " seconds";
    }
}
