package org.reassure.monitoring.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.monitoring.GeoTags;
import org.reassure.monitoring.IncidentDetail;
import org.reassure.monitoring.IncidentReport;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.OsceCategory;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.SourceType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees what of the monitoring record: the one place every page, API view, export and live update asks. Deny by
 * default: a reader without a role named here sees nothing, and a new role sees nothing until it is named.
 *
 * <table>
 *   <caption>Releasability</caption>
 *   <tr><th>roles</th><th>clearance</th><th>incidents</th><th>reports</th></tr>
 *   <tr><td>MONITOR, ADMIN</td><td>FULL</td><td>all statuses, exact positions and accuracy, source types</td>
 *       <td>all, with source id, event uid, free text and attachment digests</td></tr>
 *   <tr><td>COMMISSION</td><td>CASEWORK</td><td>as FULL</td>
 *       <td>all, with free text and digests; the source id and event uid only of PARTY_COMPLAINT reports (a party's
 *       complaint is its own public act); sensors and observer teams appear as source 1, 2... of the incident,
 *       since their identities reveal where the monitoring network is</td></tr>
 *   <tr><td>SECRETARIAT, NATION_LIAISON, PLANNER, VIEWER</td><td>SUMMARY</td>
 *       <td>CORROBORATED and VERIFIED only; position rounded to 0.01° (about 1 km) and distance to the line to the
 *       kilometre; no accuracy, no source types</td><td>none</td></tr>
 * </table>
 *
 * <p>Counts (histograms, daily reports) cover the statuses a clearance releases, so a reader never counts what
 * they could not list, except DISMISSED: verification found those were no violation, so nobody counts them.
 * Alerts are raised on corroborated incidents only and are released to every cleared role.
 */
@Component
public class Releasability {

    private static final Set<IncidentStatus> CORROBORATED_OR_VERIFIED =
            Collections.unmodifiableSet(EnumSet.of(IncidentStatus.CORROBORATED, IncidentStatus.VERIFIED));
    private static final Set<IncidentStatus> ALL = Collections.unmodifiableSet(EnumSet.allOf(IncidentStatus.class));
    private static final double SUMMARY_GRID = 100;

    private final Actors actors;

    Releasability(Actors actors) {
        this.actors = actors;
    }

    /** The clearance of a role; a switch without default, so a new role does not compile until it is placed. */
    static Clearance of(Role role) {
        return switch (role) {
            case MONITOR, ADMIN -> Clearance.FULL;
            case COMMISSION -> Clearance.CASEWORK;
            case SECRETARIAT, NATION_LIAISON, PLANNER, VIEWER -> Clearance.SUMMARY;
        };
    }

    /** The highest clearance among the roles; NONE without any. */
    public static Clearance clearanceOf(Set<Role> roles) {
        Clearance best = Clearance.NONE;
        for (Role role : roles) {
            Clearance clearance = of(role);
            if (clearance.compareTo(best) < 0) {
                best = clearance;
            }
        }
        return best;
    }

    /** The roles with any clearance: the only ones the module's views let in. */
    public static String[] clearedRoles() {
        return Arrays.stream(Role.values()).filter(role -> of(role) != Clearance.NONE).map(Role::name).toArray(String[]::new);
    }

    /** The clearance of the reader behind the current request; refuses one with none. */
    public Clearance current() {
        Clearance clearance = clearanceOf(actors.currentRoles());
        if (clearance == Clearance.NONE) {
            throw new AccessDeniedException("none of your roles is cleared for the monitoring record");
        }
        return clearance;
    }

    public Set<IncidentStatus> releasedStatuses(Clearance clearance) {
        return switch (clearance) {
            case FULL, CASEWORK -> ALL;
            case SUMMARY -> CORROBORATED_OR_VERIFIED;
            case NONE -> Set.of();
        };
    }

    /** The statuses counted in histograms and daily reports: those released, but never DISMISSED. */
    public Set<IncidentStatus> countedStatuses(Clearance clearance) {
        Set<IncidentStatus> counted = EnumSet.noneOf(IncidentStatus.class);
        counted.addAll(releasedStatuses(clearance));
        counted.remove(IncidentStatus.DISMISSED);
        return Collections.unmodifiableSet(counted);
    }

    /** The statuses to select: the one requested if released, else none; without a request, all released. */
    public Set<IncidentStatus> statuses(Clearance clearance, IncidentStatus requested) {
        Set<IncidentStatus> released = releasedStatuses(clearance);
        if (requested == null) {
            return released;
        }
        return released.contains(requested) ? Set.of(requested) : Set.of();
    }

    public Optional<IncidentView> incident(IncidentSummary incident, Clearance clearance) {
        if (!releasedStatuses(clearance).contains(incident.status())) {
            return Optional.empty();
        }
        boolean exact = clearance != Clearance.SUMMARY;
        return Optional.of(new IncidentView(incident.id().toString(), incident.category(), OsceCategory.of(incident.category()), incident.status(),
                incident.firstObserved(), incident.lastObserved(), exact ? incident.position().lat() : rounded(incident.position().lat()),
                exact ? incident.position().lon() : rounded(incident.position().lon()), exact ? incident.position().accuracyM() : null,
                incident.reportCount(), incident.independentSources(), exact ? incident.sourceTypes() : null, incident.tags().oblast(),
                incident.tags().sector().number(), incident.tags().side(),
                exact ? incident.tags().distanceToLineKm() : Math.round(incident.tags().distanceToLineKm()), incident.tags().zone(), incident.closed()));
    }

    public Optional<IncidentDetailView> detail(IncidentDetail detail, Clearance clearance) {
        return incident(detail.incident(), clearance).map(incident -> new IncidentDetailView(incident, reports(detail.reports(), clearance)));
    }

    private List<ReportView> reports(List<IncidentReport> stored, Clearance clearance) {
        if (clearance != Clearance.FULL && clearance != Clearance.CASEWORK) {
            return null;
        }
        Map<String, Integer> sourceRefs = new HashMap<>();
        List<ReportView> views = new ArrayList<>(stored.size());
        for (IncidentReport each : stored) {
            Report report = each.stored().report();
            GeoTags tags = each.tags();
            int sourceRef = sourceRefs.computeIfAbsent(report.sourceId(), id -> sourceRefs.size() + 1);
            boolean identified = clearance == Clearance.FULL || report.sourceType() == SourceType.PARTY_COMPLAINT;
            views.add(new ReportView(sourceRef, identified ? report.sourceId() : null, identified ? report.id().eventUid() : null,
                    report.sourceType(), report.observedAt(), report.category(), report.position().lat(), report.position().lon(),
                    report.position().accuracyM(), tags.oblast(), tags.sector().number(), tags.side(), tags.distanceToLineKm(), tags.zone(),
                    report.confidence(), report.text(), report.attachmentSha256()));
        }
        return views;
    }

    private static double rounded(double degrees) {
        return Math.round(degrees * SUMMARY_GRID) / SUMMARY_GRID;
    }
}
