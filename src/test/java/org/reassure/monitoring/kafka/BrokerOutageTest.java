package org.reassure.monitoring.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.reassure.monitoring.SyntheticIngest.arrivalOrder;
import static org.reassure.monitoring.SyntheticIngest.awaitFused;
import static org.reassure.monitoring.SyntheticIngest.incidentRows;
import static org.reassure.monitoring.SyntheticIngest.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.TestDatabase;
import org.reassure.monitoring.IngestReceipt;
import org.reassure.monitoring.IngestSession;
import org.reassure.monitoring.MonitoringSource;
import org.reassure.monitoring.PipelineStats;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportFormat;
import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.SyntheticIngest;
import org.reassure.monitoring.SyntheticStream;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The broker of the Kafka mode goes away, or its topic refuses the records: ingest goes on acknowledging (the reports
 * are stored in the database), and once the broker takes them again (or the platform is stopped, which it does in
 * bounded time, and started again against a new broker) fusion takes up everything acknowledged meanwhile, so the
 * incidents are those of the embedded pipeline on the same stream.
 */
class BrokerOutageTest {

	/** Three parts of whole chunks, so that the reports are stored under the seqs the embedded pipeline gives them. */
	private static final int REPORTS = 4_800;
	private static final int PARTITIONS = 4;
	private static final int CHUNK = 200;
	private static final Duration PATIENCE = Duration.ofMinutes(2);
	private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
	/** A stop with the broker gone waits a few seconds for the hand-over, not for the broker. */
	private static final Duration STOP_WITHIN = Duration.ofSeconds(20);
	private static final Duration HAND_OVER_WAIT = Duration.ofSeconds(2);

	private static final List<Report> STREAM = arrivalOrder(new SyntheticStream(29).reports(REPORTS, Instant.now().minus(Duration.ofHours(1)), 40));
	private static final List<Report> BEFORE_OUTAGE = STREAM.subList(0, REPORTS / 3);
	private static final List<Report> DURING_OUTAGE = STREAM.subList(REPORTS / 3, 2 * REPORTS / 3);
	private static final List<Report> AFTER_OUTAGE = STREAM.subList(2 * REPORTS / 3, REPORTS);

	private static List<String> embedded;

	@TempDir
	Path work;

	@BeforeAll
	static void fuseTheStreamWithoutBroker() throws InterruptedException {
		try (ConfigurableApplicationContext platform = platform(List.of())) {
			ingest(platform, STREAM);
			awaitFused(platform, PATIENCE);
			embedded = incidentRows(platform);
		}
	}

	@Test
	void fusesWhatWasAcknowledgedWhileTheBrokerWasDownOnceItIsBack() throws Exception {
		EmbeddedKafkaKraftBroker broker = broker(new EmbeddedKafkaKraftBroker(1, PARTITIONS).kafkaPorts(freePort()));
		try (ConfigurableApplicationContext platform = platform(kafkaMode(List.of(), broker))) {
			ingest(platform, BEFORE_OUTAGE);
			awaitFused(platform, PATIENCE);
			brokerServers(broker).forEach(BrokerServer::shutdown);

			acknowledgedWithinAckTimeout(platform, DURING_OUTAGE);
			assertStoredButNotFused(platform);

			brokerServers(broker).forEach(BrokerServer::startup);
			assertCatchesUpAndFusesTheRest(platform);
		}
		finally {
			broker.destroy();
		}
	}

	/**
	 * An outage several times longer than the hand-over waits for the broker: each attempt gives up, the next sends the
	 * batch whole again, and once the broker is back the records it took twice are fused once.
	 */
	@Test
	void fusesWhatWasAcknowledgedDuringAnOutageLongerThanAHandOverWaits() throws Exception {
		EmbeddedKafkaKraftBroker broker = broker(new EmbeddedKafkaKraftBroker(1, PARTITIONS).kafkaPorts(freePort()));
		List<String> settings = new ArrayList<>(kafkaMode(List.of(), broker));
		settings.add("--reassure.monitoring.kafka.delivery-timeout=" + HAND_OVER_WAIT.toSeconds() + "s");
		try (ConfigurableApplicationContext platform = platform(settings)) {
			ingest(platform, BEFORE_OUTAGE);
			awaitFused(platform, PATIENCE);
			brokerServers(broker).forEach(BrokerServer::shutdown);

			acknowledgedWithinAckTimeout(platform, DURING_OUTAGE);
			Thread.sleep(HAND_OVER_WAIT.multipliedBy(4).toMillis());
			assertStoredButNotFused(platform);

			brokerServers(broker).forEach(BrokerServer::startup);
			assertCatchesUpAndFusesTheRest(platform);
		}
		finally {
			broker.destroy();
		}
	}

	@Test
	void keepsEveryAcknowledgedReportWhileTheBrokerIsDown() throws Exception {
		List<String> database = TestDatabase.sharedBy("outage", work);
		EmbeddedKafkaKraftBroker lost = broker(new EmbeddedKafkaKraftBroker(1, PARTITIONS));
		ConfigurableApplicationContext platform;
		try {
			platform = platform(kafkaMode(database, lost));
			ingest(platform, BEFORE_OUTAGE);
			awaitFused(platform, PATIENCE);
		}
		finally {
			lost.destroy();
		}
		try {
			acknowledgedWithinAckTimeout(platform, DURING_OUTAGE);
			assertStoredButNotFused(platform);
		}
		finally {
			assertTimeoutPreemptively(STOP_WITHIN, platform::close, "the platform stops while the broker is down");
		}

		EmbeddedKafkaKraftBroker replacement = broker(new EmbeddedKafkaKraftBroker(1, PARTITIONS));
		try (ConfigurableApplicationContext restarted = platform(kafkaMode(database, replacement))) {
			assertCatchesUpAndFusesTheRest(restarted);
		}
		finally {
			replacement.destroy();
		}
	}

	/**
	 * The topic refuses records (it takes none created before it receives them) while reports are acknowledged, and
	 * the platform is restarted: the start, which hands the stored reports not yet fused over again, does not fail
	 * on the refusal but leaves them to the hand-over, which tries again until the topic takes them.
	 */
	@Test
	void startsWhileTheTopicRefusesTheReportsLeftToItAndHandsThemOverOnceItTakesThem() throws Exception {
		List<String> database = TestDatabase.sharedBy("refusing", work);
		EmbeddedKafkaKraftBroker broker = broker(new EmbeddedKafkaKraftBroker(1, PARTITIONS));
		List<String> settings = kafkaMode(database, broker);
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
			try (ConfigurableApplicationContext platform = platform(settings)) {
				ingest(platform, BEFORE_OUTAGE);
				awaitFused(platform, PATIENCE);
				refuseRecords(admin, platform, AlterConfigOp.OpType.SET);
				acknowledgedWithinAckTimeout(platform, DURING_OUTAGE);
			}
			try (ConfigurableApplicationContext restarted = platform(settings)) {
				assertThat(restarted.getBean(ReportIngest.class).stats().running()).isTrue();
				Thread.sleep(HAND_OVER_WAIT.toMillis());
				assertStoredButNotFused(restarted);

				refuseRecords(admin, restarted, AlterConfigOp.OpType.DELETE);
				assertCatchesUpAndFusesTheRest(restarted);
			}
		}
		finally {
			broker.destroy();
		}
	}

	/** Fusion takes up what was acknowledged during the outage, then the rest: every report stored, the embedded pipeline's incidents. */
	private static void assertCatchesUpAndFusesTheRest(ConfigurableApplicationContext platform) throws InterruptedException {
		awaitFused(platform, PATIENCE);
		ingest(platform, AFTER_OUTAGE);
		awaitFused(platform, PATIENCE);

		assertThat(storedReportIds(platform)).hasSize(REPORTS);
		assertThat(incidentRows(platform)).hasSizeGreaterThan(REPORTS / 8).containsExactlyElementsOf(embedded);
	}

	private static void assertStoredButNotFused(ConfigurableApplicationContext platform) {
		assertThat(storedReportIds(platform)).containsAll(ids(BEFORE_OUTAGE)).containsAll(ids(DURING_OUTAGE));
		PipelineStats stats = platform.getBean(ReportIngest.class).stats();
		assertThat(stats.fusedBatch()).as("nothing fused without a broker").isLessThan(stats.lastBatch());
	}

	/**
	 * Feeds the reports as {@link org.reassure.monitoring.SyntheticIngest#ingest} does, and fails unless every chunk
	 * is acknowledged, all of it stored, within the ack timeout of its sending.
	 */
	private static void acknowledgedWithinAckTimeout(ConfigurableApplicationContext platform, List<Report> reports) throws Exception {
		ReportIngest ingest = platform.getBean(ReportIngest.class);
		for (int from = 0; from < reports.size(); from += CHUNK) {
			long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
			List<Report> chunk = reports.subList(from, Math.min(reports.size(), from + CHUNK));
			Map<String, IngestSession> sessions = new LinkedHashMap<>();
			for (Report report : chunk) {
				sessions.computeIfAbsent(report.sourceId(), id -> ingest.open(new MonitoringSource(id, "synthetic", report.sourceType(), null, Instant.now(), false),
						ReportFormat.JSON)).accept(report);
			}
			List<CompletableFuture<IngestReceipt>> receipts = sessions.values().stream().map(IngestSession::flushAsync).toList();
			int accepted = 0;
			for (CompletableFuture<IngestReceipt> receipt : receipts) {
				accepted += receipt.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).accepted();
			}
			assertThat(accepted).isEqualTo(chunk.size());
		}
	}

	/** Sets (or takes away) the report topic's refusal of records created before it receives them, which all are. */
	private static void refuseRecords(Admin admin, ConfigurableApplicationContext platform, AlterConfigOp.OpType op) throws Exception {
		String topic = platform.getBean(MonitoringProperties.class).kafka().topic();
		AlterConfigOp refusal = new AlterConfigOp(new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_BEFORE_MAX_MS_CONFIG, "0"), op);
		admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(refusal))).all().get();
	}

	private static List<String> storedReportIds(ConfigurableApplicationContext platform) {
		return platform.getBean(JdbcClient.class)
			.sql("SELECT source_id, event_uid FROM monitoring_reports")
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2))
			.list();
	}

	private static List<String> ids(List<Report> reports) {
		return reports.stream().map(report -> report.id().toString()).toList();
	}

	private static EmbeddedKafkaKraftBroker broker(EmbeddedKafkaKraftBroker broker) {
		broker.afterPropertiesSet();
		return broker;
	}

	/** The broker servers, which restart on their port and with their logs, as a broker host does after a reboot. */
	private static Collection<BrokerServer> brokerServers(EmbeddedKafkaKraftBroker broker) {
		return broker.getCluster().brokers().values();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static List<String> kafkaMode(List<String> database, EmbeddedKafkaKraftBroker broker) {
		List<String> settings = new ArrayList<>(database);
		settings.add("--reassure.monitoring.kafka.bootstrap-servers=" + broker.getBrokersAsString());
		settings.add("--reassure.monitoring.kafka.partitions=" + PARTITIONS);
		return settings;
	}

	private static ConfigurableApplicationContext platform(List<String> settings) {
		List<String> arguments = new ArrayList<>(settings);
		arguments.add("--reassure.monitoring.pipeline.ack-timeout=" + ACK_TIMEOUT.toSeconds() + "s");
		return SyntheticIngest.platform(arguments);
	}
}
