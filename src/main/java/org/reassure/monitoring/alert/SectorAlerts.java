package org.reassure.monitoring.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reassure.access.Actors;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.monitoring.AlertId;
import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.BreachAlerts;
import org.reassure.monitoring.Sector;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sector alerts: raised by the system when a sector crosses its threshold, acknowledged by monitors; both go to
 * the ledger with what they are about, in the same transaction, and are published as events.
 */
@Service
public class SectorAlerts implements BreachAlerts {

    public static final int MAX_LISTED = 500;

    private final Alerts alerts;
    private final Ledger ledger;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SectorAlerts(Alerts alerts, Ledger ledger, Actors actors, ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.ledger = ledger;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first, at most {@value #MAX_LISTED}; only those of one status when given. */
    public List<Alert> recent(AlertStatus status, int limit) {
        return alerts.recent(status, Math.max(1, Math.min(limit, MAX_LISTED)));
    }

    @Override
    public Optional<BreachAlertRaised> firstRaisedAfter(Instant instant) {
        return alerts.firstRaisedAfter(instant).map(Alert::raised);
    }

    public Alert find(AlertId id) {
        return alerts.find(id).orElseThrow(() -> new NotFound("alert", id));
    }

    /** Where the sector's last alert window ended; the epoch when it never had one. */
    Instant lastWindowEnd(Sector sector) {
        return alerts.lastWindowEnd(sector);
    }

    /** The current user (a monitor) takes the alert in hand. */
    @Transactional
    public Alert acknowledge(AlertId id) {
        Actor actor = actors.current();
        Alert alert = find(id).acknowledgeBy(actor, clock.instant());
        if (!alerts.acknowledge(alert)) {
            throw new Conflict("status", "alert " + id + " was acknowledged meanwhile");
        }
        ledger.record(LedgerEntry.of(actor, "monitoring.alert.acknowledged", Map.of("alertId", id.toString(), "sector", alert.sector().label())));
        events.publishEvent(alert.acknowledged(actor));
        return alert;
    }

    /** A sector's violations that crossed its threshold: the evidence of one alert. */
    public record Crossing(Sector sector, Threshold threshold, List<BreachAlertRaised.Evidence> evidence) {
    }

    /**
     * Raises an alert on each crossing, in order, unless its window overlaps the sector's last alert (raised meanwhile
     * by another instance): stored, recorded in the ledger with the evidence, published as {@link BreachAlertRaised}.
     * One transaction for all, so a round of sectors costs one durable commit. Returns the alerts raised.
     */
    @Transactional
    public List<Alert> raise(List<Crossing> crossings) {
        Instant now = clock.instant();
        List<Alert> raised = new ArrayList<>();
        for (Crossing crossing : crossings) {
            Alert alert = Alert.raise(crossing.sector(), crossing.threshold(), crossing.evidence(), now);
            if (alerts.advance(crossing.sector(), alert.windowEnd().minus(crossing.threshold().window()), alert.windowEnd())) {
                alerts.add(alert);
                raised.add(alert);
            }
        }
        ledger.recordAll(raised.stream().map(alert -> LedgerEntry.of(Actor.SYSTEM, "monitoring.alert.raised", payload(alert))).toList());
        raised.forEach(alert -> events.publishEvent(alert.raised()));
        return raised;
    }

    private static Map<String, Object> payload(Alert alert) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("alertId", alert.id().toString());
        payload.put("sector", alert.sector().label());
        payload.put("windowStart", alert.windowStart().toString());
        payload.put("windowEnd", alert.windowEnd().toString());
        payload.put("minIncidents", alert.threshold().minIncidents());
        payload.put("windowSeconds", alert.threshold().window().toSeconds());
        payload.put("evidence", alert.evidence().stream().map(each -> {
            Map<String, Object> incident = new LinkedHashMap<>();
            incident.put("incidentId", each.incident().toString());
            incident.put("category", each.category().name());
            incident.put("status", each.status().name());
            incident.put("firstObserved", each.firstObserved().toString());
            incident.put("oblast", each.oblast().name());
            incident.put("reportCount", each.reportCount());
            incident.put("independentSources", each.independentSources());
            return incident;
        }).toList());
        return payload;
    }
}
