package org.reassure.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reports and a fixed clock for tests.
 */
public final class SampleReports {

    /** The clock of every test: a day of the ceasefire. */
    public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final ObservationTimeRule TIME_RULE = ObservationTimeRule.standard(CLOCK);

    /** A point about 3 km behind the synthetic line west of Pokrovsk. */
    public static final double LAT = 48.25;
    public static final double LON = 37.00;

    private SampleReports() {
    }

    public static Report report(String source, String uid, SourceType type, Category category,
                                double lat, double lon, double accuracyM, Instant observedAt) {
        return new Report(new ReportId(source, uid), type, observedAt, new Position(lat, lon, accuracyM), category,
                0.8, "", List.of());
    }

    public static Report acoustic(String source, String uid, double lat, double lon, Instant observedAt) {
        return report(source, uid, SourceType.ACOUSTIC, Category.EXPLOSION_IMPACT, lat, lon, 150, observedAt);
    }

    /** Moves a position north (metres) and east (metres), for small offsets. */
    public static double north(double lat, double metres) {
        return lat + metres / 111_195.0;
    }

    public static double east(double lat, double lon, double metres) {
        return lon + metres / (111_195.0 * Math.cos(Math.toRadians(lat)));
    }
}
