package org.reassure.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.GeoTags;
import org.reassure.monitoring.IncidentDetail;
import org.reassure.monitoring.IncidentReport;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportFormat;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.Sector;
import org.reassure.monitoring.Side;
import org.reassure.monitoring.SourceType;
import org.reassure.monitoring.StoredReport;
import org.reassure.monitoring.Zone;
import org.reassure.shared.Actor;
import org.springframework.security.access.AccessDeniedException;

/**
 * The releasability policy, role by role: who gets which clearance, and what each clearance releases of an incident
 * and of its reports.
 */
class ReleasabilityTest {

    private static final Instant SEEN = Instant.parse("2026-03-01T10:15:00Z");
    private static final GeoTags TAGS = new GeoTags(Oblast.DONETSK, Side.UKRAINIAN_CONTROLLED, 3.4567, Zone.WITHDRAWAL_ZONE, new Sector(4), 420.5);

    @Test
    void everyRoleHasAClearanceAndNoRoleMeansNone() {
        assertThat(Releasability.clearanceOf(Set.of(Role.MONITOR))).isEqualTo(Clearance.FULL);
        assertThat(Releasability.clearanceOf(Set.of(Role.ADMIN))).isEqualTo(Clearance.FULL);
        assertThat(Releasability.clearanceOf(Set.of(Role.COMMISSION))).isEqualTo(Clearance.CASEWORK);
        for (Role role : List.of(Role.SECRETARIAT, Role.NATION_LIAISON, Role.PLANNER, Role.VIEWER)) {
            assertThat(Releasability.clearanceOf(Set.of(role))).as(role.name()).isEqualTo(Clearance.SUMMARY);
        }
        assertThat(Releasability.clearanceOf(Set.of())).isEqualTo(Clearance.NONE);
        assertThat(Releasability.clearanceOf(EnumSet.of(Role.VIEWER, Role.COMMISSION))).as("the highest role counts").isEqualTo(Clearance.CASEWORK);
        assertThat(Releasability.clearedRoles()).containsExactlyInAnyOrder(List.of(Role.values()).stream().map(Role::name).toArray(String[]::new));
    }

    @Test
    void aReaderWithoutAClearedRoleIsRefused() {
        assertThatThrownBy(() -> policyFor(Set.of()).current()).isInstanceOf(AccessDeniedException.class);
        assertThat(policyFor(Set.of(Role.PLANNER)).current()).isEqualTo(Clearance.SUMMARY);
    }

    @Test
    void fullAndCaseworkSeeEveryStatusWithExactPositionsSummarySeesOnlyCorroboratedOrVerifiedRounded() {
        Releasability policy = policyFor(Set.of());
        for (IncidentStatus status : IncidentStatus.values()) {
            assertThat(policy.incident(incident(status), Clearance.FULL)).isPresent();
            assertThat(policy.incident(incident(status), Clearance.CASEWORK)).isPresent();
            assertThat(policy.incident(incident(status), Clearance.SUMMARY).isPresent())
                .isEqualTo(status == IncidentStatus.CORROBORATED || status == IncidentStatus.VERIFIED);
            assertThat(policy.incident(incident(status), Clearance.NONE)).isEmpty();
        }
        IncidentView full = policy.incident(incident(IncidentStatus.CORROBORATED), Clearance.FULL).orElseThrow();
        assertThat(full.lat()).isEqualTo(48.123456);
        assertThat(full.accuracyM()).isEqualTo(150.0);
        assertThat(full.sourceTypes()).containsExactlyInAnyOrder(SourceType.ACOUSTIC, SourceType.DRONE);
        assertThat(full.distanceKm()).isEqualTo(3.4567);

        IncidentView summary = policy.incident(incident(IncidentStatus.VERIFIED), Clearance.SUMMARY).orElseThrow();
        assertThat(summary.lat()).isEqualTo(48.12);
        assertThat(summary.lon()).isEqualTo(37.65);
        assertThat(summary.accuracyM()).isNull();
        assertThat(summary.sourceTypes()).isNull();
        assertThat(summary.distanceKm()).isEqualTo(3.0);
        assertThat(summary.reportCount()).isEqualTo(3);
    }

    @Test
    void statusFiltersAreNarrowedToWhatIsReleased() {
        Releasability policy = policyFor(Set.of());
        assertThat(policy.statuses(Clearance.SUMMARY, null)).containsExactlyInAnyOrder(IncidentStatus.CORROBORATED, IncidentStatus.VERIFIED);
        assertThat(policy.statuses(Clearance.SUMMARY, IncidentStatus.NEW)).isEmpty();
        assertThat(policy.statuses(Clearance.SUMMARY, IncidentStatus.VERIFIED)).containsExactly(IncidentStatus.VERIFIED);
        assertThat(policy.statuses(Clearance.CASEWORK, IncidentStatus.DISMISSED)).containsExactly(IncidentStatus.DISMISSED);
        assertThat(policy.statuses(Clearance.FULL, null)).containsExactlyInAnyOrder(IncidentStatus.values());
        assertThat(policy.statuses(Clearance.NONE, null)).isEmpty();
    }

    @Test
    void reportsGoToFullWithSourcesToCaseworkWithoutSensorIdentitiesAndNotToSummary() {
        Releasability policy = policyFor(Set.of());
        IncidentDetail detail = new IncidentDetail(incident(IncidentStatus.CORROBORATED),
                List.of(stored(1, "acoustic-07", SourceType.ACOUSTIC, "boom to the east"), stored(2, "acoustic-07", SourceType.ACOUSTIC, ""),
                        stored(3, "drone-ua-2", SourceType.DRONE, "crater at the crossroads"), stored(4, "ua-jccc", SourceType.PARTY_COMPLAINT,
                                "shelling of the village reported")));

        List<ReportView> full = policy.detail(detail, Clearance.FULL).orElseThrow().reports();
        assertThat(full).extracting(ReportView::sourceId).containsExactly("acoustic-07", "acoustic-07", "drone-ua-2", "ua-jccc");
        assertThat(full).extracting(ReportView::text).contains("boom to the east");
        assertThat(full).extracting(ReportView::zone, ReportView::distanceKm).containsOnly(tuple(Zone.WITHDRAWAL_ZONE, 3.4567));

        List<ReportView> casework = policy.detail(detail, Clearance.CASEWORK).orElseThrow().reports();
        assertThat(casework).extracting(ReportView::sourceId).containsExactly(null, null, null, "ua-jccc");
        assertThat(casework).extracting(ReportView::eventUid).containsExactly(null, null, null, "evt-4");
        assertThat(casework).extracting(ReportView::sourceRef).containsExactly(1, 1, 2, 3);
        assertThat(casework).extracting(ReportView::text).contains("crater at the crossroads");

        IncidentDetailView summary = policy.detail(detail, Clearance.SUMMARY).orElseThrow();
        assertThat(summary.reports()).isNull();
        assertThat(policy.detail(new IncidentDetail(incident(IncidentStatus.NEW), detail.reports()), Clearance.SUMMARY)).isEmpty();
    }

    private static Releasability policyFor(Set<Role> roles) {
        return new Releasability(new Actors() {
            @Override
            public Actor current() {
                return new Actor("reader", null);
            }

            @Override
            public Set<Role> currentRoles() {
                return roles;
            }
        });
    }

    private static IncidentSummary incident(IncidentStatus status) {
        return new IncidentSummary(IncidentId.derivedFrom(SEEN, new ReportId("acoustic-07", "evt-1")), Category.EXPLOSION_IMPACT, status, SEEN,
                SEEN.plusSeconds(20), new Position(48.123456, 37.654321, 150), 3, 2, EnumSet.of(SourceType.ACOUSTIC, SourceType.DRONE), TAGS, false,
                SEEN.plusSeconds(30));
    }

    private static IncidentReport stored(long seq, String source, SourceType type, String text) {
        Report report = new Report(new ReportId(source, "evt-" + seq), type, SEEN.plusSeconds(seq), new Position(48.12, 37.65, 200),
                Category.EXPLOSION_IMPACT, 0.8, text, List.of());
        return new IncidentReport(new StoredReport(seq, report, ReportFormat.JSON, 1, "00".repeat(32)), TAGS);
    }
}
