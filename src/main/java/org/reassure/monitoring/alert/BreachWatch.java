package org.reassure.monitoring.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentsChanged;
import org.reassure.monitoring.Sector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Watches the sectors for threshold crossings. After each incident commit it notes, per sector, the span of time in
 * which a violation was created or changed (on the pipeline's thread, in memory only, so ingest never waits); its own
 * thread then, in rounds at least a second apart, reads each noted sector's violations from that span widened by the
 * window on both sides, which holds every window a changed violation falls in (but none from before the end of the
 * sector's last alert window, where no new window may start), and raises an alert for each crossing, all of a round's
 * in one transaction. A sector whose evaluation fails is noted again and retried on the next round.
 */
@Component
class BreachWatch implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BreachWatch.class);
    private static final long ROUND_MILLIS = 1_000;
    private static final long ROUND_NANOS = TimeUnit.MILLISECONDS.toNanos(ROUND_MILLIS);

    /** The times of the changed violations of one sector. */
    private record Span(Instant from, Instant to) {

        Span union(Span other) {
            return new Span(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
        }
    }

    private final Violations violations;
    private final SectorAlerts alerts;
    private final AlertSettings settings;
    private final Map<Integer, Span> noted = new ConcurrentHashMap<>();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    BreachWatch(Violations violations, SectorAlerts alerts, AlertSettings settings) {
        this.violations = violations;
        this.alerts = alerts;
        this.settings = settings;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentsChanged changed) {
        if (!settings.enabled()) {
            return;
        }
        boolean any = false;
        for (IncidentChange change : changed.changes()) {
            Incident incident = incidentOf(change);
            if (incident != null && Violations.counts(incident.category(), incident.status())) {
                note(incident.tags().sector().number(), new Span(incident.firstObserved(), incident.firstObserved()));
                any = true;
            }
        }
        if (any) {
            wake.release();
        }
    }

    private static Incident incidentOf(IncidentChange change) {
        if (change instanceof IncidentChange.Created created) {
            return created.incident();
        }
        if (change instanceof IncidentChange.Updated updated) {
            return updated.incident();
        }
        if (change instanceof IncidentChange.Closed closed) {
            return closed.incident();
        }
        return null;
    }

    private void note(int sector, Span span) {
        noted.merge(sector, span, Span::union);
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::watch, "monitoring-alerts");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        wake.release();
        try {
            thread.join(ROUND_MILLIS * 5);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch() {
        long roundStarted = System.nanoTime() - ROUND_NANOS;
        while (running) {
            try {
                wake.tryAcquire(ROUND_MILLIS, TimeUnit.MILLISECONDS);
                awaitRoundEnd(roundStarted);
                wake.drainPermits();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            roundStarted = System.nanoTime();
            Map<Integer, Span> round = new HashMap<>();
            List<SectorAlerts.Crossing> crossings = new ArrayList<>();
            for (Integer sector : List.copyOf(noted.keySet())) {
                Span span = noted.remove(sector);
                if (span != null) {
                    round.put(sector, span);
                    crossings.addAll(crossings(new Sector(sector), span));
                }
            }
            raise(crossings, round);
        }
    }

    /**
     * At most one round a second: each round reads the violations around what changed, up to a window on each side, so
     * a round per group commit would read the same hour of violations several times a second while ingest runs at
     * full speed. The changes noted meanwhile wait for the next round, together.
     */
    private void awaitRoundEnd(long roundStarted) throws InterruptedException {
        long left = roundStarted + ROUND_NANOS - System.nanoTime();
        if (left > 0 && running) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /**
     * The sector's crossings in the span; none when its violations cannot be read, and the span is noted again. The
     * crossings are found from the violations' times, and only a crossing's own violations are read in full, as its
     * evidence. A crossing whose violations changed between the two reads, so that they no longer reach the threshold,
     * is left to the round after that change.
     */
    private List<SectorAlerts.Crossing> crossings(Sector sector, Span span) {
        try {
            Threshold threshold = settings.thresholdFor(sector);
            Instant notBefore = alerts.lastWindowEnd(sector);
            // no new window starts before the last one ended, so the violations before that end never count again
            Instant from = latest(span.from().minus(threshold.window()), notBefore);
            long[] times = violations.timesInSector(sector.number(), from, span.to().plus(threshold.window()));
            List<SectorAlerts.Crossing> crossings = new ArrayList<>();
            for (ThresholdCrossings.Window window : ThresholdCrossings.find(times, threshold, notBefore)) {
                List<BreachAlertRaised.Evidence> evidence = violations.inWindow(sector.number(), window.start(), window.end());
                if (evidence.size() >= threshold.minIncidents()) {
                    crossings.add(new SectorAlerts.Crossing(sector, threshold, evidence));
                }
            }
            return crossings;
        }
        catch (RuntimeException e) {
            LOG.error("Alert evaluation of sector {} failed; retrying on the next round", sector.label(), e);
            note(sector.number(), span);
            return List.of();
        }
    }

    /** The round's alerts in one transaction: one durable commit, however many sectors crossed. */
    private void raise(List<SectorAlerts.Crossing> crossings, Map<Integer, Span> round) {
        if (crossings.isEmpty()) {
            return;
        }
        try {
            for (Alert alert : alerts.raise(crossings)) {
                LOG.info("Alert {} raised for sector {}: {} violations from {} to {}", alert.id(), alert.sector().label(), alert.evidence().size(),
                        alert.windowStart(), alert.windowEnd());
            }
        }
        catch (RuntimeException e) {
            LOG.error("Raising the alerts of sectors {} failed; retrying on the next round", round.keySet(), e);
            round.forEach(this::note);
        }
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
