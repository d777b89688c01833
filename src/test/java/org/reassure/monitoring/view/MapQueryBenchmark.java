package org.reassure.monitoring.view;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

import org.reassure.ReassureApplication;
import org.reassure.monitoring.BulkIncidents;
import org.reassure.monitoring.IncidentQuery;
import org.reassure.monitoring.MonitoringRecord;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.geo.GeoContext;
import org.reassure.monitoring.store.ReportBatches;
import org.reassure.monitoring.store.StoredIncidents;
import org.reassure.monitoring.store.StoredReports;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The map query for one day and one oblast over a large monitoring record: target p99 <= 50 ms with 10,000,000 stored
 * reports. A timed harness, not JMH: each query is one call through the platform's own beans, timed alone.
 *
 * <p>Fills an empty database first ({@link BulkIncidents}: reports, batches, incidents and links in JDBC batches,
 * through the module's repositories), unless it already holds the reports; then, for {@code queries} random pairs of a
 * day of the record and an oblast holding at least 1% of the incidents (not UNKNOWN, which the map does not offer),
 * times each call, after a warm-up on as many other pairs:
 * <ul>
 *   <li>{@code record}: {@link MonitoringRecord#incidents} (SQL on the oblast/day index, rows mapped);</li>
 *   <li>{@code map FULL}: {@link IncidentViews#map} for a monitor, as {@code GET /api/v1/monitoring/map/incidents}
 *   serves it, then the same plus its JSON serialisation;</li>
 *   <li>{@code map SUMMARY}: the same for a viewer (corroborated and verified only, rounded);</li>
 *   <li>{@code map every oblast}: the live map's first view, a day of every oblast for a monitor, cut at the map's 2,000
 *   incidents and so counted in full as well.</li>
 * </ul>
 * Each call but the last returns the whole day of the oblast (limit 10,000). Run from the project root:
 *
 * <pre>{@code
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.reassure.monitoring.view.MapQueryBenchmark \
 *     reports=10000000 days=365 queries=2000 db=/tmp/reassure-bench/map.db
 * }</pre>
 *
 * {@code db=postgres:<schema>} uses the schema (created if need be) in the database {@code test} on 127.0.0.1:5432.
 */
public final class MapQueryBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final int LIMIT = IncidentViews.MAX_LIMIT;
    /** What the live map asks for. */
    private static final int MAP_PAGE_LIMIT = 2_000;

    private MapQueryBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("reports", "10000000", "days", "365", "queries", "2000", "batch", "16384", "db",
                "/tmp/reassure-bench/map.db"));
        for (String argument : arguments) {
            String[] pair = argument.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        long reports = Long.parseLong(options.get("reports"));
        int days = Integer.parseInt(options.get("days"));
        int queries = Integer.parseInt(options.get("queries"));
        try (ConfigurableApplicationContext context = start(options.get("db"))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long stored = jdbc.sql("SELECT COUNT(*) FROM monitoring_reports").query(Long.class).single();
            if (stored < reports) {
                if (stored > 0) {
                    throw new IllegalStateException("the database holds " + stored + " reports, fewer than asked: start from an empty one");
                }
                System.out.printf("Filling: %,d reports over %d days from %s%n", reports, days, FIRST_DAY);
                BulkIncidents bulk = new BulkIncidents(context.getBean(StoredReports.class), context.getBean(StoredIncidents.class),
                        context.getBean(ReportBatches.class), context.getBean(TransactionTemplate.class), jdbc, context.getBean(GeoContext.class));
                BulkIncidents.Loaded loaded = bulk.load(new BulkIncidents.Settings(reports, FIRST_DAY, days, 42, Integer.parseInt(options.get("batch"))),
                        System.out);
                System.out.printf("Filled: %,d reports, %,d incidents, %,d batches in %.0f s (%,.0f reports/s)%n", loaded.reports(), loaded.incidents(),
                        loaded.batches(), loaded.seconds(), loaded.reports() / loaded.seconds());
                if (isPostgres(options.get("db"))) {
                    jdbc.sql("ANALYZE").update();
                }
            }
            measure(context, jdbc, days, queries);
        }
    }

    private static void measure(ConfigurableApplicationContext context, JdbcClient jdbc, int days, int queries) {
        long reports = jdbc.sql("SELECT COUNT(*) FROM monitoring_reports").query(Long.class).single();
        long incidents = jdbc.sql("SELECT COUNT(*) FROM monitoring_incidents").query(Long.class).single();
        List<Oblast> oblasts = jdbc.sql("SELECT oblast FROM monitoring_incidents GROUP BY oblast HAVING COUNT(*) * 100 >= ? ORDER BY oblast")
            .param(incidents)
            .query((rs, n) -> Oblast.valueOf(rs.getString(1)))
            .list()
            .stream()
            .filter(oblast -> oblast != Oblast.UNKNOWN)
            .toList();
        System.out.printf("Record: %,d reports, %,d incidents over %d days; oblasts with at least 1%% of them: %s%n", reports, incidents, days, oblasts);

        MonitoringRecord record = context.getBean(MonitoringRecord.class);
        IncidentViews views = context.getBean(IncidentViews.class);
        JsonMapper json = context.getBean(JsonMapper.class);
        Random random = new Random(7);
        Instant first = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        int[] rows = new int[2 * queries];
        Instant[] from = new Instant[2 * queries];
        Oblast[] oblast = new Oblast[2 * queries];
        for (int i = 0; i < from.length; i++) {
            from[i] = first.plus(Duration.ofDays(random.nextInt(days)));
            oblast[i] = oblasts.get(random.nextInt(oblasts.size()));
        }
        int[] next = { 0 };
        IntSupplier recordQuery = () -> {
            int i = next[0]++;
            return record.incidents(new IncidentQuery(from[i], from[i].plus(Duration.ofDays(1)), oblast[i], null, null, null, LIMIT)).size();
        };
        IntFunction<IncidentFilter> dayOfOblast = i -> new IncidentFilter(from[i], from[i].plus(Duration.ofDays(1)), oblast[i], null, null, null);
        IntSupplier mapFull = () -> {
            int i = next[0]++;
            List<IncidentView> listed = views.map(dayOfOblast.apply(i), LIMIT, Clearance.FULL).incidents();
            rows[i] = listed.size();
            return json.writeValueAsBytes(listed).length > 0 ? listed.size() : 0;
        };
        IntSupplier mapFullViews = () -> views.map(dayOfOblast.apply(next[0]++), LIMIT, Clearance.FULL).incidents().size();
        IntSupplier mapSummary = () -> {
            List<IncidentView> listed = views.map(dayOfOblast.apply(next[0]++), LIMIT, Clearance.SUMMARY).incidents();
            return json.writeValueAsBytes(listed).length > 0 ? listed.size() : 0;
        };
        IntSupplier mapEveryOblast = () -> {
            int i = next[0]++;
            return views.map(new IncidentFilter(from[i], from[i].plus(Duration.ofDays(1)), null, null, null, null), MAP_PAGE_LIMIT, Clearance.FULL)
                .incidents()
                .size();
        };
        explain(jdbc, from[0], oblast[0]);
        time("record", recordQuery, queries, next);
        time("map FULL", mapFullViews, queries, next);
        time("map FULL (+JSON)", mapFull, queries, next);
        time("map SUMMARY (+JSON)", mapSummary, queries, next);
        time("map every oblast", mapEveryOblast, queries, next);
        int[] sorted = Arrays.copyOfRange(rows, queries, 2 * queries);
        Arrays.sort(sorted);
        System.out.printf("Rows per query (one day, one oblast): min %d, median %d, max %d%n", sorted[0], sorted[queries / 2], sorted[queries - 1]);
    }

    /** Warms up on the first {@code queries} pairs, measures on the others. */
    private static void time(String name, IntSupplier query, int queries, int[] next) {
        next[0] = 0;
        for (int i = 0; i < queries; i++) {
            query.getAsInt();
        }
        long[] nanos = new long[queries];
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            sizes.add(query.getAsInt());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-22s %d queries: p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (mean %.0f rows)%n", name, queries,
                nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.90)] / 1e6, nanos[(int) (queries * 0.99)] / 1e6, nanos[queries - 1] / 1e6,
                sizes.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    /** How the database runs the map query. */
    private static void explain(JdbcClient jdbc, Instant from, Oblast oblast) {
        List<Object> params = new ArrayList<>();
        String query = "SELECT id FROM monitoring_incidents WHERE " + StoredIncidents.observedIn(from, from.plus(Duration.ofDays(1)), oblast, params)
                + " ORDER BY first_observed_at DESC, id LIMIT ?";
        params.add(LIMIT);
        boolean sqlite = jdbc.sql("SELECT 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName()).single()
            .toString().contains("SQLite");
        List<String> plan = jdbc.sql((sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + query)
            .params(params)
            .query((rs, n) -> rs.getString(sqlite ? 4 : 1))
            .list();
        System.out.println("Plan: " + String.join(" | ", plan));
    }

    private static boolean isPostgres(String db) {
        return db.startsWith("postgres:");
    }

    private static ConfigurableApplicationContext start(String db) {
        List<String> arguments = new ArrayList<>(List.of("--reassure.listeners.enabled=false", "--logging.threshold.console=WARN",
                "--reassure.admin-password=bench-admin-password", "--spring.datasource.hikari.maximum-pool-size=2"));
        if (isPostgres(db)) {
            String schema = db.substring("postgres:".length());
            arguments.addAll(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                    "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true"));
        }
        else {
            File file = new File(db);
            file.getAbsoluteFile().getParentFile().mkdirs();
            arguments.addAll(List.of("--reassure.data-dir=" + file.getAbsoluteFile().getParent(), "--spring.datasource.url=jdbc:sqlite:" + file.getAbsolutePath()
                    + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=30000&foreign_keys=true&transaction_mode=IMMEDIATE"));
        }
        return new SpringApplicationBuilder(ReassureApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
            .run(arguments.toArray(String[]::new));
    }
}
