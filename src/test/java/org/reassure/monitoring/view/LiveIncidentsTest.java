package org.reassure.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentsChanged;
import org.reassure.monitoring.LinePlaces;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.SourceType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The live feed over real sockets: a client that stops reading is dropped once its queue is full, while the
 * publisher (the pipeline's thread) never waits for it and a client that keeps reading keeps receiving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveIncidentsTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin-password-for-tests".getBytes(StandardCharsets.UTF_8));
    private static final int INCIDENTS_PER_EVENT = 400;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    LiveIncidents live;

    @Autowired
    MeterRegistry meters;

    @Test
    void aClientThatStopsReadingIsDroppedWithoutHoldingUpThePublisherOrTheOthers() throws Exception {
        int before = live.clients();
        double droppedBefore = dropped();
        AtomicInteger received = new AtomicInteger();
        HttpResponse<Stream<String>> reader = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/monitoring/live")).header("Authorization", ADMIN)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(reader.statusCode()).isEqualTo(200);
        Thread reading = new Thread(() -> reader.body().filter(line -> line.startsWith("event:incidents")).forEach(line -> received.incrementAndGet()));
        reading.setDaemon(true);
        reading.start();

        try (Socket stalled = stalledClient()) {
            awaitTrue(() -> live.clients() == before + 2, "both clients connected");
            List<IncidentChange> changes = changes();
            long slowestPublishNanos = 0;
            int published = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (dropped() == droppedBefore && System.nanoTime() < deadline) {
                long start = System.nanoTime();
                events.publishEvent(new IncidentsChanged(published, changes));
                slowestPublishNanos = Math.max(slowestPublishNanos, System.nanoTime() - start);
                published++;
                Thread.sleep(2);
            }
            assertThat(dropped()).as("the stalled client is dropped").isGreaterThan(droppedBefore);
            assertThat(Duration.ofNanos(slowestPublishNanos)).as("slowest of %d publications", published).isLessThan(Duration.ofMillis(250));
            awaitTrue(() -> live.clients() == before + 1, "only the reading client is left");

            int receivedAtDrop = received.get();
            for (int i = 0; i < 20; i++) {
                events.publishEvent(new IncidentsChanged(published + i, changes));
                Thread.sleep(20);
            }
            awaitTrue(() -> received.get() > receivedAtDrop, "the reading client still receives");
            System.out.printf("live feed: %d publications of %d incidents, slowest %.2f ms; the reading client got %d frames%n", published,
                    INCIDENTS_PER_EVENT, slowestPublishNanos / 1e6, received.get());
        }
    }

    /** Connects, reads the response head and the ready event, then never reads again. */
    private Socket stalledClient() throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("localhost", port));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/monitoring/live HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN + "\r\nAccept: text/event-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[256];
        while (!seen.toString().contains("event:ready")) {
            int n = in.read(buffer);
            assertThat(n).isPositive();
            seen.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
        assertThat(seen.toString()).startsWith("HTTP/1.1 200");
        return socket;
    }

    private double dropped() {
        return meters.counter("reassure.monitoring.live.dropped").count();
    }

    private static List<IncidentChange> changes() {
        List<IncidentChange> changes = new ArrayList<>();
        Instant seen = Instant.now();
        for (int i = 0; i < INCIDENTS_PER_EVENT; i++) {
            double[] place = LinePlaces.at(5 + i * 2.5);
            ReportId report = new ReportId("live-test", "evt-" + i);
            changes.add(new IncidentChange.Updated(new Incident(IncidentId.derivedFrom(seen, report), List.of(report), 1, EnumSet.of(SourceType.ACOUSTIC),
                    new Position(place[0], place[1], 150), seen, seen, Category.EXPLOSION_IMPACT, LinePlaces.tags(place), IncidentStatus.NEW)));
        }
        return changes;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
