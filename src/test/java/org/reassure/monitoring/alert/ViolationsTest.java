package org.reassure.monitoring.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.LinePlaces;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.SourceType;
import org.reassure.monitoring.store.IncidentRow;
import org.reassure.monitoring.store.StoredIncidents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Alerts find a sector's crossings from its violations' times, then read the evidence of each crossing: both reads
 * must see the same violations, so that an alert's evidence is exactly what its window counted.
 */
@SpringBootTest
class ViolationsTest {

    private static final int SECTOR = 11;
    private static final Instant T0 = Instant.now().minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
    private static final Threshold THREE_IN_AN_HOUR = new Threshold(3, Duration.ofHours(1));

    @Autowired
    StoredIncidents incidents;

    @Autowired
    Violations violations;

    @Test
    void theEvidenceOfACrossingIsWhatItsWindowCounted() {
        incidents.upsert(List.of(
                row("at-window-start", Category.EXPLOSION_IMPACT, IncidentStatus.CORROBORATED, SECTOR, 0),
                row("counted-1", Category.OUTGOING_FIRE, IncidentStatus.CORROBORATED, SECTOR, 30),
                row("uncorroborated", Category.EXPLOSION_IMPACT, IncidentStatus.NEW, SECTOR, 45),
                row("not-fire", Category.AIR_INCURSION, IncidentStatus.CORROBORATED, SECTOR, 50),
                row("other-sector", Category.EXPLOSION_IMPACT, IncidentStatus.CORROBORATED, SECTOR - 1, 55),
                row("counted-2", Category.SMALL_ARMS, IncidentStatus.CORROBORATED, SECTOR, 60),
                row("counted-3", Category.DRONE_STRIKE, IncidentStatus.CORROBORATED, SECTOR, 60)), Instant.now());

        long[] times = violations.timesInSector(SECTOR, T0, minutes(120));
        assertThat(times).containsExactly(minutes(0).toEpochMilli(), minutes(30).toEpochMilli(), minutes(60).toEpochMilli(),
                minutes(60).toEpochMilli());

        List<ThresholdCrossings.Window> crossings = ThresholdCrossings.find(times, THREE_IN_AN_HOUR, Instant.EPOCH);
        assertThat(crossings).containsExactly(new ThresholdCrossings.Window(minutes(0), minutes(60), 3));
        List<BreachAlertRaised.Evidence> evidence = violations.inWindow(SECTOR, crossings.get(0).start(), crossings.get(0).end());
        assertThat(evidence).extracting(BreachAlertRaised.Evidence::incident).containsExactlyInAnyOrder(id("counted-1"), id("counted-2"),
                id("counted-3"));
    }

    private static Instant minutes(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static IncidentId id(String name) {
        return IncidentId.derivedFrom(T0, new ReportId("violations-test", name));
    }

    /** An incident seen by an acoustic sensor and a radar in the middle of a sector, {@code minutes} after T0. */
    private static IncidentRow row(String name, Category category, IncidentStatus status, int sector, int minutes) {
        double[] place = LinePlaces.at(LinePlaces.middleOf(sector));
        List<ReportId> reports = List.of(new ReportId("violations-test", name), new ReportId("violations-test-radar", name));
        Incident incident = new Incident(id(name), reports, 2, EnumSet.of(SourceType.ACOUSTIC, SourceType.RADAR), new Position(place[0], place[1], 100),
                minutes(minutes), minutes(minutes).plusSeconds(20), category, LinePlaces.tags(place), status);
        return new IncidentRow(incident, "1,2");
    }
}
