package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.monitoring.SyntheticIngest.arrivalOrder;
import static org.reassure.monitoring.SyntheticIngest.awaitFused;
import static org.reassure.monitoring.SyntheticIngest.incidentRows;
import static org.reassure.monitoring.SyntheticIngest.ingest;
import static org.reassure.monitoring.SyntheticIngest.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Incidents are derived: while the database refuses to write them, reports are still stored and acknowledged, and
 * fusion keeps its writes until the database takes them, ending with the incidents of a run where nothing failed.
 */
class IncidentWritesRefusedTest {

	private static final int REPORTS = 3_000;
	private static final Duration PATIENCE = Duration.ofMinutes(1);
	private static final List<Report> STREAM = arrivalOrder(new SyntheticStream(29).reports(REPORTS, Instant.now().minus(Duration.ofMinutes(30)), 40));

	@Test
	void reportsAreStoredWhileIncidentWritesAreRefusedAndTheIncidentsCatchUpOnceTheyAreTaken() throws Exception {
		List<String> undisturbed;
		try (ConfigurableApplicationContext platform = platform(List.of())) {
			ingest(platform, STREAM);
			awaitFused(platform, PATIENCE);
			undisturbed = incidentRows(platform);
		}

		try (ConfigurableApplicationContext platform = platform(List.of())) {
			ReportIngest reports = platform.getBean(ReportIngest.class);
			ingest(platform, STREAM.subList(0, REPORTS / 3));
			awaitFused(platform, PATIENCE);
			try (RefusedWrites refused = RefusedWrites.of(platform.getBean(JdbcClient.class), "monitoring_incidents", "1 = 1")) {
				ingest(platform, STREAM.subList(REPORTS / 3, 2 * REPORTS / 3));
				assertThat(reports.stats().storedReports()).as("reports stored and acknowledged").isEqualTo(2 * REPORTS / 3);
				awaitFailedWrites(reports);
				assertThat(reports.stats().fusedBatch()).as("incidents written up to").isLessThan(reports.stats().lastBatch());
			}
			ingest(platform, STREAM.subList(2 * REPORTS / 3, REPORTS));
			awaitFused(platform, PATIENCE);

			assertThat(incidentRows(platform)).hasSizeGreaterThan(REPORTS / 10).containsExactlyElementsOf(undisturbed);
		}
	}

	private static void awaitFailedWrites(ReportIngest reports) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (reports.stats().failedIncidentWrites() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(reports.stats().failedIncidentWrites()).isPositive();
	}
}
