package org.reassure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.monitoring.SyntheticIngest.arrivalOrder;
import static org.reassure.monitoring.SyntheticIngest.awaitFused;
import static org.reassure.monitoring.SyntheticIngest.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.ReassureApplication;
import org.reassure.TestDatabase;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.SyntheticIngest;
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
		database.addAll(TestDatabase.sharedBy("rebuild", work));
		List<Report> stream = arrivalOrder(new SyntheticStream(17).reports(REPORTS, Instant.now().minus(Duration.ofHours(1)), 40));
		try (ConfigurableApplicationContext live = platform()) {
			ingest(live, stream.subList(0, REPORTS / 2));
		}
		Map<String, List<String>> stored;
		try (ConfigurableApplicationContext live = platform()) {
			ingest(live, stream.subList(REPORTS / 2, REPORTS));
			awaitFused(live, Duration.ofSeconds(30));
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

	/** Every incident column but the write time, and how far fusion got (which says which incidents are closed). */
	private static Map<String, List<String>> incidents(ConfigurableApplicationContext context) {
		return Map.of("incidents", SyntheticIngest.incidentRows(context), "fused", context.getBean(JdbcClient.class)
			.sql("SELECT fused_batch, fused_newest FROM monitoring_log")
			.query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2))
			.list());
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
