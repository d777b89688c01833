package org.reassure.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A realistic synthetic report stream for benchmarks: events at random places along the synthetic line of contact
 * (up to 20 km either side), each heard by 3 to 6 sensors within seconds, each sensor placing it within its accuracy.
 */
public final class SyntheticStream {

    private static final SourceType[] SECOND_OPINIONS = {SourceType.RADAR, SourceType.DRONE, SourceType.OBSERVER};
    private static final Category[] EVENTS = {Category.EXPLOSION_IMPACT, Category.EXPLOSION_IMPACT, Category.OUTGOING_FIRE,
            Category.DRONE_STRIKE, Category.SMALL_ARMS, Category.MUZZLE_FLASH};

    private final double[] lat;
    private final double[] lon;
    private final Random random;

    public SyntheticStream(long seed) {
        JsonNode coordinates = readLine().path("features").get(0).path("geometry").path("coordinates");
        lat = new double[coordinates.size()];
        lon = new double[coordinates.size()];
        for (int i = 0; i < lat.length; i++) {
            lon[i] = coordinates.get(i).get(0).doubleValue();
            lat[i] = coordinates.get(i).get(1).doubleValue();
        }
        random = new Random(seed);
    }

    /** A point near the line: {lat, lon}, up to {@code spreadKm} from a random vertex, or farther for a few. */
    public double[] nearLine(double spreadKm) {
        int vertex = random.nextInt(lat.length);
        double northKm = (random.nextDouble() * 2 - 1) * spreadKm;
        double eastKm = (random.nextDouble() * 2 - 1) * spreadKm;
        double pointLat = lat[vertex] + northKm / 111.2;
        return new double[] {pointLat, lon[vertex] + eastKm / (111.2 * Math.cos(Math.toRadians(pointLat)))};
    }

    /** About {@code count} reports of events {@code millisBetweenEvents} apart, in arrival (observation) order. */
    public List<Report> reports(int count, Instant start, int millisBetweenEvents) {
        List<Report> reports = new ArrayList<>(count + 6);
        long eventMillis = start.toEpochMilli();
        for (int event = 0; reports.size() < count; event++) {
            eventMillis += millisBetweenEvents;
            addEvent(reports, event, nearLine(20), eventMillis);
        }
        reports.sort(java.util.Comparator.comparing(Report::observedAt));
        return reports.subList(0, count);
    }

    private void addEvent(List<Report> reports, int event, double[] where, long eventMillis) {
        Category category = EVENTS[random.nextInt(EVENTS.length)];
        int sensors = 3 + random.nextInt(4);
        for (int s = 0; s < sensors; s++) {
            boolean acoustic = s > 0 || random.nextInt(3) > 0;
            SourceType type = acoustic ? SourceType.ACOUSTIC : SECOND_OPINIONS[random.nextInt(SECOND_OPINIONS.length)];
            double accuracy = acoustic ? 100 + random.nextInt(300) : 20 + random.nextInt(80);
            double reportLat = where[0] + random.nextGaussian() * accuracy / 111_200;
            double reportLon = where[1] + random.nextGaussian() * accuracy / (111_200 * Math.cos(Math.toRadians(where[0])));
            reports.add(new Report(new ReportId(type.name().toLowerCase() + "-" + random.nextInt(3_000), "evt-" + event + "-" + s),
                    type, Instant.ofEpochMilli(eventMillis + random.nextInt(8_000)), new Position(reportLat, reportLon, accuracy),
                    category, 0.5 + random.nextDouble() / 2, "", List.of()));
        }
    }

    private static JsonNode readLine() {
        try (InputStream in = SyntheticStream.class.getResourceAsStream("/geo/line-of-contact.synthetic.geojson")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
