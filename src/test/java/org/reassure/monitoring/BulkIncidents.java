package org.reassure.monitoring;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Random;
import java.util.Set;

import org.reassure.monitoring.geo.GeoContext;
import org.reassure.monitoring.pipeline.BatchRoot;
import org.reassure.monitoring.pipeline.CanonicalReport;
import org.reassure.monitoring.store.ReportBatches;
import org.reassure.monitoring.store.IncidentRow;
import org.reassure.monitoring.store.StoredIncidents;
import org.reassure.monitoring.store.StoredReports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the monitoring tables for benchmarks, directly through the module's repositories in JDBC batches (no HTTP,
 * no fusion): raw reports with their canonical bytes, grouped in batches with their real Merkle roots, and the
 * incidents fusion would have made of them, with the links between the two.
 *
 * <p>The data: incidents at random places up to 25 km from the synthetic line, one after another at random intervals
 * (a Poisson process) whose rate spreads the reports over {@code days} from {@code firstDay}, written in that order as
 * the pipeline writes them; each is reported by 1 to 6 sensors (3.3 on average: 25% by one, 15% by two, 20% by three, 15%
 * by four, 10% by five, 15% by six) drawn from 2,000 sources per source type, within seconds and within their
 * accuracy; an incident with two source types or more is CORROBORATED, else NEW; all are closed. The batches are not
 * recorded in the ledger ({@code ledger_seq} 0): the map query does not read either.
 */
public final class BulkIncidents {

    private static final int[] SENSORS = { 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6 };
    private static final Category[] CATEGORIES = { Category.EXPLOSION_IMPACT, Category.EXPLOSION_IMPACT, Category.EXPLOSION_IMPACT,
            Category.OUTGOING_FIRE, Category.OUTGOING_FIRE, Category.PROJECTILE_IN_FLIGHT, Category.MUZZLE_FLASH, Category.SMALL_ARMS,
            Category.SMALL_ARMS, Category.SMALL_ARMS, Category.FLARE, Category.DRONE_STRIKE, Category.DRONE_STRIKE, Category.AIR_INCURSION,
            Category.HEAVY_WEAPON_MOVEMENT, Category.MINE, Category.OTHER };
    private static final double MEAN_REPORTS_PER_INCIDENT = 3.2;
    private static final int SOURCES_PER_TYPE = 2_000;
    private static final long DAY_MILLIS = 86_400_000L;

    /** How much to write, and where in time. */
    public record Settings(long reports, LocalDate firstDay, int days, long seed, int batchReports) {
    }

    /** What was written. */
    public record Loaded(long reports, long incidents, long batches, double seconds) {
    }

    private final StoredReports reports;
    private final StoredIncidents incidents;
    private final ReportBatches batches;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final GeoContext geo;

    public BulkIncidents(StoredReports reports, StoredIncidents incidents, ReportBatches batches, TransactionTemplate transactions, JdbcClient jdbc,
            GeoContext geo) {
        this.reports = reports;
        this.incidents = incidents;
        this.batches = batches;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.geo = geo;
    }

    public Loaded load(Settings settings, PrintStream progress) {
        Random random = new Random(settings.seed());
        SyntheticStream places = new SyntheticStream(settings.seed());
        long start = System.nanoTime();
        long firstMillis = settings.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long seq = 1;
        long batchId = 1;
        long incidentCount = 0;
        long eventNumber = 0;
        BatchRoot roots = new BatchRoot();
        double meanIntervalMillis = settings.days() * (double) DAY_MILLIS * MEAN_REPORTS_PER_INCIDENT / settings.reports();
        double at = firstMillis;
        while (seq <= settings.reports()) {
            Chunk chunk = new Chunk(seq, settings.batchReports() + 6);
            while (chunk.count < settings.batchReports() && seq + chunk.count <= settings.reports()) {
                at += -Math.log(1 - random.nextDouble()) * meanIntervalMillis;
                chunk.addIncident(random, places.nearLine(25), (long) at, eventNumber++);
            }
            long firstSeq = seq;
            long id = batchId;
            transactions.executeWithoutResult(status -> {
                reports.insert(firstSeq, id, chunk.count, chunk.reports.toArray(Report[]::new), chunk.formats(), chunk.contents.toArray(byte[][]::new));
                incidents.upsert(chunk.rows(), Instant.ofEpochMilli(firstMillis + settings.days() * DAY_MILLIS));
                batches.add(new ReportBatch(id, Instant.now(), firstSeq, firstSeq + chunk.count - 1, chunk.count, 0,
                        HexFormat.of().formatHex(roots.of(chunk.leaves(), chunk.count)), 0));
            });
            seq += chunk.count;
            incidentCount += chunk.incidents.size();
            batchId++;
            if (batchId % 50 == 0) {
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.printf("  %,d reports, %,d incidents in %.0f s (%,.0f reports/s)%n", seq - 1, incidentCount, seconds, (seq - 1) / seconds);
            }
        }
        long lastBatch = batchId - 1;
        jdbc.sql("UPDATE monitoring_log SET last_seq = ?, last_batch = ?, fused_batch = ? WHERE id = 1").params(seq - 1, lastBatch, lastBatch).update();
        return new Loaded(seq - 1, incidentCount, lastBatch, (System.nanoTime() - start) / 1e9);
    }

    /** One batch of reports and the incidents they make, built in memory. */
    private final class Chunk {

        final List<Report> reports;
        final List<byte[]> contents;
        final List<IncidentId> linkIncidents;
        final List<Incident> incidents = new ArrayList<>();
        final long firstSeq;
        int count;

        Chunk(long firstSeq, int capacity) {
            this.firstSeq = firstSeq;
            reports = new ArrayList<>(capacity);
            contents = new ArrayList<>(capacity);
            linkIncidents = new ArrayList<>(capacity);
        }

        void addIncident(Random random, double[] where, long atMillis, long event) {
            Category category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            int sensors = SENSORS[random.nextInt(SENSORS.length)];
            List<Report> made = new ArrayList<>(sensors);
            Set<String> sourcesUsed = new HashSet<>();
            Set<SourceType> types = EnumSet.noneOf(SourceType.class);
            double weightSum = 0;
            double lat = 0;
            double lon = 0;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int s = 0; s < sensors; s++) {
                SourceType type = s == 0 || random.nextInt(3) > 0 ? SourceType.ACOUSTIC
                        : SourceType.values()[1 + random.nextInt(SourceType.values().length - 1)];
                String source = type.name().toLowerCase() + "-" + random.nextInt(SOURCES_PER_TYPE);
                if (!sourcesUsed.add(source)) {
                    continue;
                }
                double accuracy = type == SourceType.ACOUSTIC ? 100 + random.nextInt(300) : 20 + random.nextInt(80);
                double reportLat = where[0] + random.nextGaussian() * accuracy / 111_200;
                double reportLon = where[1] + random.nextGaussian() * accuracy / (111_200 * Math.cos(Math.toRadians(where[0])));
                long observed = atMillis + random.nextInt(8_000);
                made.add(new Report(new ReportId(source, "evt-" + Long.toString(event, 36) + "-" + s), type, Instant.ofEpochMilli(observed),
                        new Position(reportLat, reportLon, accuracy), category, 0.5 + random.nextDouble() / 2, "", List.of()));
                types.add(type);
                double weight = 1 / (accuracy * accuracy);
                weightSum += weight;
                lat += weight * reportLat;
                lon += weight * reportLon;
                first = Math.min(first, observed);
                last = Math.max(last, observed);
            }
            made.sort(Comparator.comparing(Report::id));
            List<ReportId> ids = made.stream().map(Report::id).toList();
            Report firstReport = made.stream().min(Comparator.comparing(Report::observedAt).thenComparing(Report::id)).orElseThrow();
            IncidentId incident = IncidentId.derivedFrom(firstReport.observedAt(), firstReport.id());
            double incidentLat = lat / weightSum;
            double incidentLon = lon / weightSum;
            incidents.add(new Incident(incident, ids, made.size(), types, new Position(incidentLat, incidentLon, 100), Instant.ofEpochMilli(first),
                    Instant.ofEpochMilli(last), category, geo.tag(incidentLat, incidentLon),
                    types.size() >= 2 ? IncidentStatus.CORROBORATED : IncidentStatus.NEW));
            for (Report report : made) {
                reports.add(report);
                contents.add(CanonicalReport.encode(report));
                linkIncidents.add(incident);
                count++;
            }
        }

        ReportFormat[] formats() {
            ReportFormat[] formats = new ReportFormat[count];
            Arrays.fill(formats, ReportFormat.JSON);
            return formats;
        }

        /** Each incident with the seqs of its reports, which the chunk stores consecutively. */
        List<IncidentRow> rows() {
            Map<IncidentId, StringJoiner> seqs = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                seqs.computeIfAbsent(linkIncidents.get(i), id -> new StringJoiner(",")).add(Long.toString(firstSeq + i));
            }
            return incidents.stream().map(incident -> new IncidentRow(incident, seqs.get(incident.id()).toString())).toList();
        }

        byte[] leaves() {
            byte[] leaves = new byte[count * CanonicalReport.LEAF_LENGTH];
            for (int i = 0; i < count; i++) {
                CanonicalReport.leaf(contents.get(i), leaves, i * CanonicalReport.LEAF_LENGTH);
            }
            return leaves;
        }
    }
}
