package org.reassure.monitoring.view;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.IncidentsChanged;
import org.reassure.monitoring.IncidentsRebuilt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incident changes pushed to live maps as server-sent events, without ever holding up the pipeline.
 *
 * <p>After each incident commit the pipeline's thread only offers the event to a bounded queue. One dispatcher thread
 * takes everything queued, keeps the latest state of each incident, turns it into frames once per clearance
 * ({@link Releasability}: an incident the reader may not see is left out, or goes out as removed once dismissed) and
 * offers them to every client's own bounded queue; each client has a sender thread that writes to its stream. A client
 * whose queue is full is dropped: its stream is ended, its browser reconnects by itself and reloads. If the dispatcher
 * itself falls behind, or one round changes more than {@value #RELOAD_ABOVE} incidents, every client is told to reload
 * instead.
 *
 * <p>Events: {@code ready} on connection, {@code incidents} with {@code {upserts: [IncidentView], removed: [id]}},
 * {@code reload}, and a comment every {@link #HEARTBEAT} so that dead connections are noticed.
 */
@Component
public class LiveIncidents implements SmartLifecycle {

    public static final int MAX_SUBSCRIBERS = 200;
    static final int QUEUE_FRAMES = 64;
    static final int FRAME_INCIDENTS = 500;
    static final int RELOAD_ABOVE = 5_000;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(LiveIncidents.class);
    private static final Object EVERYONE_RELOADS = new Object();
    private static final int PENDING_EVENTS = 1_024;
    private static final long SENDER_POLL_MILLIS = 500;

    /** What a client is sent: a named event with its data, or a comment. */
    private record Frame(String name, String data) {

        static final Frame READY = new Frame("ready", "{}");
        static final Frame RELOAD = new Frame("reload", "{}");
        static final Frame HEARTBEAT = new Frame(null, "keep-alive");

        void sendTo(SseEmitter emitter) throws IOException {
            if (name == null) {
                emitter.send(SseEmitter.event().comment(data));
            }
            else {
                emitter.send(SseEmitter.event().name(name).data(data));
            }
        }
    }

    /** The frame's payload: incidents to draw or redraw, and ids to take off the map. */
    private record Changes(List<IncidentView> upserts, List<String> removed) {
    }

    private final Releasability releasability;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter droppedClients;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ArrayBlockingQueue<Object> pending = new ArrayBlockingQueue<>(PENDING_EVENTS);
    private final AtomicInteger senderNumber = new AtomicInteger();
    /** Made on every start: a stopped context (paused between tests, say) may be started again. */
    private volatile ExecutorService senders;
    private volatile boolean running;
    private Thread dispatcher;

    LiveIncidents(Releasability releasability, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.releasability = releasability;
        this.json = json;
        this.clock = clock;
        this.droppedClients = meters.counter("reassure.monitoring.live.dropped");
        meters.gauge("reassure.monitoring.live.clients", subscribers, Set::size);
    }

    /** A stream of the changes this reader may see, from now on. */
    public SseEmitter subscribe(Clearance clearance) {
        if (clearance == Clearance.NONE) {
            throw new IllegalArgumentException("clearance: NONE sees nothing");
        }
        if (!running || subscribers.size() >= MAX_SUBSCRIBERS) {
            throw new LiveFeedFull(subscribers.size());
        }
        Subscriber subscriber = new Subscriber(clearance, new SseEmitter(STREAM_TIMEOUT.toMillis()));
        subscriber.emitter.onCompletion(subscriber::drop);
        subscriber.emitter.onTimeout(subscriber::drop);
        subscriber.emitter.onError(error -> subscriber.drop());
        subscriber.frames.add(Frame.READY);
        subscribers.add(subscriber);
        senders.execute(subscriber::send);
        return subscriber.emitter;
    }

    public int clients() {
        return subscribers.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentsChanged changed) {
        forward(changed);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentsRebuilt rebuilt) {
        forward(EVERYONE_RELOADS);
    }

    /** On the publisher's thread: never waits. */
    private void forward(Object event) {
        if (subscribers.isEmpty()) {
            return;
        }
        if (!pending.offer(event)) {
            pending.clear();
            pending.offer(EVERYONE_RELOADS);
        }
    }

    @Override
    public void start() {
        senders = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "monitoring-live-" + senderNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        dispatcher = new Thread(this::dispatch, "monitoring-live-dispatch");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** Ends every stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        dispatcher.interrupt();
        subscribers.forEach(Subscriber::drop);
        senders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void dispatch() {
        while (running) {
            Object first;
            try {
                first = pending.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException e) {
                return;
            }
            try {
                if (first == null) {
                    broadcast(Frame.HEARTBEAT);
                    continue;
                }
                List<Object> events = new ArrayList<>(List.of(first));
                pending.drainTo(events);
                deliver(events);
            }
            catch (RuntimeException e) {
                LOG.error("Live update failed; clients are told to reload", e);
                broadcast(Frame.RELOAD);
            }
        }
    }

    private void deliver(List<Object> events) {
        Map<IncidentId, IncidentSummary> latest = new LinkedHashMap<>();
        Set<IncidentId> removed = new LinkedHashSet<>();
        for (Object event : events) {
            if (event == EVERYONE_RELOADS) {
                broadcast(Frame.RELOAD);
                return;
            }
            for (IncidentChange change : ((IncidentsChanged) event).changes()) {
                if (change instanceof IncidentChange.MergedAway merged) {
                    latest.remove(merged.id());
                    removed.add(merged.id());
                }
                else {
                    IncidentSummary incident = summary(change);
                    latest.put(incident.id(), incident);
                    removed.remove(incident.id());
                }
            }
        }
        if (latest.size() + removed.size() > RELOAD_ABOVE) {
            broadcast(Frame.RELOAD);
            return;
        }
        Set<Clearance> inUse = EnumSet.noneOf(Clearance.class);
        subscribers.forEach(subscriber -> inUse.add(subscriber.clearance));
        for (Clearance clearance : inUse) {
            List<Frame> frames = frames(latest, removed, clearance);
            for (Subscriber subscriber : subscribers) {
                if (subscriber.clearance == clearance) {
                    frames.forEach(subscriber::offer);
                }
            }
        }
    }

    private List<Frame> frames(Map<IncidentId, IncidentSummary> latest, Set<IncidentId> removed, Clearance clearance) {
        List<IncidentView> upserts = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        removed.forEach(id -> gone.add(id.toString()));
        for (IncidentSummary incident : latest.values()) {
            Optional<IncidentView> released = releasability.incident(incident, clearance);
            if (released.isPresent()) {
                upserts.add(released.get());
            }
            else if (incident.status() == IncidentStatus.DISMISSED) {
                // statuses only move forward, so a dismissed incident is the only one a reader may have seen before
                gone.add(incident.id().toString());
            }
        }
        List<Frame> frames = new ArrayList<>();
        if (upserts.isEmpty() && gone.isEmpty()) {
            return frames;
        }
        for (int from = 0; from < Math.max(upserts.size(), 1); from += FRAME_INCIDENTS) {
            List<IncidentView> part = upserts.subList(Math.min(from, upserts.size()), Math.min(from + FRAME_INCIDENTS, upserts.size()));
            frames.add(new Frame("incidents", json.writeValueAsString(new Changes(part, from == 0 ? gone : List.of()))));
        }
        return frames;
    }

    private IncidentSummary summary(IncidentChange change) {
        Incident incident;
        if (change instanceof IncidentChange.Created created) {
            incident = created.incident();
        }
        else if (change instanceof IncidentChange.Updated updated) {
            incident = updated.incident();
        }
        else {
            incident = ((IncidentChange.Closed) change).incident();
        }
        return new IncidentSummary(incident.id(), incident.category(), incident.status(), incident.firstObserved(), incident.lastObserved(),
                incident.position(), incident.reportIds().size(), incident.independentSources(), incident.sourceTypes(), incident.tags(),
                change instanceof IncidentChange.Closed, clock.instant());
    }

    private void broadcast(Frame frame) {
        subscribers.forEach(subscriber -> subscriber.offer(frame));
    }

    /** One client: its clearance, its stream, its bounded queue, and the sender thread that empties it. */
    private final class Subscriber {

        private final Clearance clearance;
        private final SseEmitter emitter;
        private final ArrayBlockingQueue<Frame> frames = new ArrayBlockingQueue<>(QUEUE_FRAMES);
        private volatile boolean closed;

        Subscriber(Clearance clearance, SseEmitter emitter) {
            this.clearance = clearance;
            this.emitter = emitter;
        }

        /** Never waits: a client that cannot keep up is dropped. */
        void offer(Frame frame) {
            if (!closed && !frames.offer(frame)) {
                droppedClients.increment();
                drop();
            }
        }

        /** Marks the client gone; its sender thread ends the stream, so that no caller waits on a stalled write. */
        void drop() {
            closed = true;
            subscribers.remove(this);
        }

        void send() {
            try {
                while (!closed) {
                    Frame frame = frames.poll(SENDER_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (frame != null) {
                        frame.sendTo(emitter);
                    }
                }
            }
            catch (IOException | IllegalStateException e) {
                LOG.debug("Live client gone: {}", e.getMessage());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finally {
                drop();
                try {
                    emitter.complete();
                }
                catch (RuntimeException e) {
                    LOG.debug("Live stream already ended: {}", e.getMessage());
                }
            }
        }
    }
}
