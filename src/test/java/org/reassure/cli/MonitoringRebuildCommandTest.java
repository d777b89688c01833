package org.reassure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.ReassureApplication;
import org.reassure.TestDatabase;
import org.reassure.monitoring.IngestSession;
import org.reassure.monitoring.MonitoringSource;
import org.reassure.monitoring.PipelineStats;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportFormat;
import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.SyntheticStream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine;

/**
 * Incidents are derived data: after a live run, interrupted by a restart half-way, {@code reassure monitoring rebuild}
 * recomputes them from the raw reports and finds exactly what the pipeline had stored.
 */
class MonitoringRebuildCommandTest {

	private static final int REPORTS = 6_000;

	@TempDir
	Path work;

	private final List<String> database = new ArrayList<>();

	@Test
	void rebuildGivesTheIncidentsThePipelineStored() throws Exception {
		database.add("--reassure.data-dir=" + work);
		database.add("--reassure.test.keep-database=true");
		if (TestDatabase.onPostgres()) {
			String schema = "rebuild_" + Long.toHexString(System.nanoTime());
			database.add("--spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + schema);
			database.add("--spring.datasource.username=postgres");
			database.add("--spring.flyway.schemas=" + schema);
			database.add("--spring.flyway.create-schemas=true");
		}
		List<Report> stream = arrivalOrder(new SyntheticStream(17).reports(REPORTS, Instant.now().minus(Duration.ofHours(1)), 40));
		try (ConfigurableApplicationContext live = platform()) {
			ingest(live, stream.subList(0, REPORTS / 2));
		}
		Map<String, List<String>> stored;
		try (ConfigurableApplicationContext live = platform()) {
			ingest(live, stream.subList(REPORTS / 2, REPORTS));
			awaitFused(live);
			stored = incidents(live);
		}
		assertThat(stored.get("incidents")).hasSizeGreaterThan(REPORTS / 8);

		String output = run("monitoring", "rebuild");

		assertThat(output).contains("from " + REPORTS + " reports");
		try (ConfigurableApplicationContext offline = platform("--reassure.listeners.enabled=false")) {
			Map<String, List<String>> rebuilt = incidents(offline);
			assertThat(rebuilt.get("incidents")).containsExactlyElementsOf(stored.get("incidents"));
			assertThat(rebuilt.get("fused")).isEqualTo(stored.get("fused"));
		}
	}

	/** Observation order shuffled within runs of 50 reports (a few seconds), as sensors deliver them. */
	private static List<Report> arrivalOrder(List<Report> observed) {
		List<Report> arrival = new ArrayList<>(observed);
		Random random = new Random(3);
		for (int from = 0; from < arrival.size(); from += 50) {
			Collections.shuffle(arrival.subList(from, Math.min(arrival.size(), from + 50)), random);
		}
		return arrival;
	}

	/** Feeds the reports in chunks, one session per source, as concurrent sensors would. */
	private static void ingest(ConfigurableApplicationContext context, List<Report> reports) {
		ReportIngest ingest = context.getBean(ReportIngest.class);
		for (int from = 0; from < reports.size(); from += 200) {
			Map<String, IngestSession> sessions = new LinkedHashMap<>();
			for (Report report : reports.subList(from, Math.min(reports.size(), from + 200))) {
				sessions.computeIfAbsent(report.sourceId(), id -> ingest.open(new MonitoringSource(id, "synthetic", report.sourceType(), null, Instant.now(), false),
						ReportFormat.JSON)).accept(report);
			}
			CompletableFuture.allOf(sessions.values().stream().map(IngestSession::flushAsync).toArray(CompletableFuture[]::new)).join();
		}
	}

	private static void awaitFused(ConfigurableApplicationContext context) throws InterruptedException {
		ReportIngest ingest = context.getBean(ReportIngest.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		PipelineStats stats = ingest.stats();
		while (stats.fusedBatch() < stats.lastBatch() && System.nanoTime() < deadline) {
			Thread.sleep(20);
			stats = ingest.stats();
		}
		assertThat(stats.fusedBatch()).isEqualTo(stats.lastBatch());
	}

	/** Every incident column but the write time, and how far fusion got (which says which incidents are closed). */
	private static Map<String, List<String>> incidents(ConfigurableApplicationContext context) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		return Map.of("incidents", jdbc.sql("""
				SELECT id, category, status, first_observed_at, last_observed_at, lat, lon, accuracy_m, report_count, independent_sources,
				source_types, oblast, side, distance_km, zone, sector, chainage_km, report_seqs FROM monitoring_incidents ORDER BY id""")
			.query((rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= 18; column++) {
					row.append(rs.getString(column)).append('|');
				}
				return row.toString();
			})
			.list(), "fused", jdbc.sql("SELECT fused_batch, fused_newest FROM monitoring_log").query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)).list());
	}

	private ConfigurableApplicationContext platform(String... extra) {
		List<String> arguments = new ArrayList<>(database);
		arguments.add("--reassure.monitoring.cot.tcp-port=-1");
		arguments.addAll(List.of(extra));
		return new SpringApplicationBuilder(ReassureApplication.class).web(WebApplicationType.NONE).run(arguments.toArray(String[]::new));
	}

	private String run(String... command) {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.addAll(database);
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			assertThat(new CommandLine(new ReassureCommand(ReassureApplication.class)).execute(arguments.toArray(String[]::new))).isZero();
		}
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}
}
