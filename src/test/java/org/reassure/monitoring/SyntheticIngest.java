package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.reassure.ReassureApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Feeds a synthetic stream to a running platform as concurrent sensors would, and reads back the incidents fusion stored. */
public final class SyntheticIngest {

	private SyntheticIngest() {
	}

	/** A platform without web server or CoT listener, on the given settings: what these tests feed and read. */
	public static ConfigurableApplicationContext platform(List<String> settings) {
		List<String> arguments = new ArrayList<>(settings);
		arguments.add("--reassure.monitoring.cot.tcp-port=-1");
		return new SpringApplicationBuilder(ReassureApplication.class).web(WebApplicationType.NONE).run(arguments.toArray(String[]::new));
	}

	/** Observation order shuffled within runs of 50 reports (a few seconds), as sensors deliver them. */
	public static List<Report> arrivalOrder(List<Report> observed) {
		List<Report> arrival = new ArrayList<>(observed);
		Random random = new Random(3);
		for (int from = 0; from < arrival.size(); from += 50) {
			Collections.shuffle(arrival.subList(from, Math.min(arrival.size(), from + 50)), random);
		}
		return arrival;
	}

	/** Feeds the reports in chunks, one session per source, as concurrent sensors would. */
	public static void ingest(ConfigurableApplicationContext context, List<Report> reports) {
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

	/** Waits until the incidents of every batch the platform committed are written. */
	public static void awaitFused(ConfigurableApplicationContext context, Duration timeout) throws InterruptedException {
		ReportIngest ingest = context.getBean(ReportIngest.class);
		long deadline = System.nanoTime() + timeout.toNanos();
		PipelineStats stats = ingest.stats();
		while (stats.fusedBatch() < stats.lastBatch() && System.nanoTime() < deadline) {
			Thread.sleep(20);
			stats = ingest.stats();
		}
		assertThat(stats.fusedBatch()).isEqualTo(stats.lastBatch());
	}

	/** Every stored incident, every column but the write time, by id. */
	public static List<String> incidentRows(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class).sql("""
				SELECT id, category, status, first_observed_at, last_observed_at, lat, lon, accuracy_m, report_count, independent_sources,
				source_types, oblast, side, distance_km, zone, sector, chainage_km, report_seqs FROM monitoring_incidents ORDER BY id""")
			.query((rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= 18; column++) {
					row.append(rs.getString(column)).append('|');
				}
				return row.toString();
			})
			.list();
	}
}
