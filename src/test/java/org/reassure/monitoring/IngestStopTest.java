package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.monitoring.SyntheticIngest.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.pipeline.ReportPipeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When ingest stops under load, every sender hears back at once, either that its reports are stored or that it must
 * send them again, every report it was told is stored is stored, and the batches the stop still commits are fused,
 * giving their room in the queue back. Senders wait for room in a queue kept short here, so that some are between
 * the check that ingest runs and the queue when it stops.
 */
class IngestStopTest {

	private static final int SENDERS = 8;

	@Test
	void everySenderHearsBackWhenIngestStopsAndEveryAcknowledgedReportIsStored() throws Exception {
		List<String> settings = List.of("--reassure.monitoring.pipeline.queue-capacity=4", "--reassure.monitoring.pipeline.max-batch=1",
				"--reassure.monitoring.pipeline.ack-timeout=60s");
		try (ConfigurableApplicationContext platform = platform(settings)) {
			ReportIngest ingest = platform.getBean(ReportIngest.class);
			List<Report> stream = new SyntheticStream(5).reports(20_000, Instant.now().minus(Duration.ofHours(1)), 600);
			AtomicInteger acknowledged = new AtomicInteger();
			AtomicInteger refused = new AtomicInteger();
			List<Thread> senders = new ArrayList<>();
			for (int s = 0; s < SENDERS; s++) {
				List<Report> own = stream.subList(s * stream.size() / SENDERS, (s + 1) * stream.size() / SENDERS);
				Thread sender = new Thread(() -> send(ingest, own, acknowledged, refused), "sender-" + s);
				sender.start();
				senders.add(sender);
			}
			Thread.sleep(1_000);
			platform.getBean(ReportPipeline.class).stop();
			for (Thread sender : senders) {
				sender.join(10_000);
				assertThat(sender.isAlive()).as("a sender still waiting 10 s after the stop").isFalse();
			}

			assertThat(refused.get()).as("senders told to send again").isEqualTo(SENDERS);
			assertThat(ingest.stats().queuedReports()).as("room held by batches committed during the stop but never fused").isZero();
			assertThat(platform.getBean(JdbcClient.class).sql("SELECT count(*) FROM monitoring_reports").query(Integer.class).single())
				.isEqualTo(acknowledged.get());
		}
	}

	/** Sends one report at a time until told to send again. */
	private static void send(ReportIngest ingest, List<Report> reports, AtomicInteger acknowledged, AtomicInteger refused) {
		for (Report report : reports) {
			IngestSession session = ingest.open(new MonitoringSource(report.sourceId(), "synthetic", report.sourceType(), null, Instant.now(), false),
					ReportFormat.JSON);
			try {
				session.accept(report);
				acknowledged.addAndGet(session.flush().accepted());
			}
			catch (IngestUnavailable e) {
				refused.incrementAndGet();
				return;
			}
		}
	}
}
