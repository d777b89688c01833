package org.reassure.monitoring.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.monitoring.SyntheticIngest.arrivalOrder;
import static org.reassure.monitoring.SyntheticIngest.awaitFused;
import static org.reassure.monitoring.SyntheticIngest.incidentRows;
import static org.reassure.monitoring.SyntheticIngest.ingest;
import static org.reassure.monitoring.SyntheticIngest.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.BooleanSupplier;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.TestDatabase;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.RefusedWrites;
import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.SyntheticStream;
import org.reassure.monitoring.pipeline.FusionOutlet;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Fusion scaled out on Kafka stores exactly the incidents of the embedded pipeline: the same stream goes once through
 * a platform without a broker, and once through a platform whose fusion runs in consumer-group members (application
 * contexts on one database) against a broker started in this JVM. One member fuses the first third in short polls; a
 * second joins while it does and takes half the partitions over, mid-batch, but its consumer is paused while the
 * first member's partitions fuse the second third, so its partitions restore their open incidents from a database
 * the others have moved on (merging some of their incidents); then both fuse the rest.
 */
class KafkaFusionTest {

	private static final int REPORTS = 6_000;
	private static final int PARTITIONS = 4;
	private static final Duration PATIENCE = Duration.ofMinutes(2);
	private static final String TOPIC_PREFIX = "reports-";
	/** Polls that end within a batch, as they do under load, when batches hold more records than a poll takes. */
	private static final int SHORT_POLLS = 7;

	private static final List<Report> STREAM = arrivalOrder(new SyntheticStream(17).reports(REPORTS, Instant.now().minus(Duration.ofHours(1)), 40));
	/** Over 13 minutes of observations: each half spans more than fusion's time window and allowed lateness together. */
	private static final List<Report> LONG_STREAM = arrivalOrder(new SyntheticStream(23).reports(REPORTS, Instant.now().minus(Duration.ofHours(2)), 600));

	private static List<String> embedded;
	private static List<String> embeddedOfLongStream;
	private static EmbeddedKafkaKraftBroker broker;

	@TempDir
	Path work;

	@BeforeAll
	static void fuseTheStreamsWithoutBrokerThenStartOne() throws InterruptedException {
		embedded = embeddedIncidents(STREAM);
		embeddedOfLongStream = embeddedIncidents(LONG_STREAM);
		broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
		broker.afterPropertiesSet();
	}

	private static List<String> embeddedIncidents(List<Report> stream) throws InterruptedException {
		try (ConfigurableApplicationContext platform = platform(List.of())) {
			assertThat(platform.getBeanNamesForType(FusionOutlet.class)).as("no Kafka mode without a broker").isEmpty();
			ingest(platform, stream);
			awaitFused(platform, PATIENCE);
			return incidentRows(platform);
		}
	}

	@AfterAll
	static void stopTheBroker() {
		broker.destroy();
	}

	@Test
	void twoFusionMembersStoreTheIncidentsOfTheEmbeddedPipeline() throws Exception {
		List<String> kafkaMode = kafkaMode("joining");
		kafkaMode.add("--reassure.monitoring.kafka.max-poll-records=" + SHORT_POLLS);
		try (ConfigurableApplicationContext first = platform(kafkaMode)) {
			awaitPartitionsShared(first);
			ingest(first, STREAM.subList(0, REPORTS / 3));
			try (ConfigurableApplicationContext second = platform(kafkaMode)) {
				awaitPartitionsShared(first, second);
				KafkaMessageListenerContainer<?, ?> late = consumer(second);
				late.pause();
				await(late::isContainerPaused);
				ingest(first, STREAM.subList(REPORTS / 3, 2 * REPORTS / 3));
				await(() -> ownPartitionsFused(first));
				late.resume();
				ingest(first, STREAM.subList(2 * REPORTS / 3, REPORTS));
				awaitFused(first, PATIENCE);

				assertThat(incidentRows(first)).hasSizeGreaterThan(REPORTS / 8).containsExactlyElementsOf(embedded);
			}
		}
	}

	/**
	 * Both members join before the first report, but the second member's first records come only after the first
	 * member's partitions have written incidents (and moved the newest observation fusion has seen): the second
	 * member's partitions start from where the embedded fusion stood, not from where the others got, and refuse none
	 * of their reports as late.
	 */
	@Test
	void aMemberWhoseFirstRecordsComeLateStillFusesAllItsReports() throws Exception {
		List<String> kafkaMode = kafkaMode("staggered");
		try (ConfigurableApplicationContext first = platform(kafkaMode); ConfigurableApplicationContext second = platform(kafkaMode)) {
			awaitPartitionsShared(first, second);
			KafkaMessageListenerContainer<?, ?> late = consumer(second);
			late.pause();
			await(late::isContainerPaused);
			ingest(first, LONG_STREAM.subList(0, REPORTS / 2));
			await(() -> ownPartitionsFused(first));
			late.resume();
			ingest(first, LONG_STREAM.subList(REPORTS / 2, REPORTS));
			awaitFused(first, PATIENCE);

			assertThat(second.getBean(ReportIngest.class).stats().lateReports()).as("reports the second member refused as late").isZero();
			assertThat(incidentRows(first)).containsExactlyElementsOf(embeddedOfLongStream);
		}
	}

	/**
	 * Partway through the stream, from a batch that a poll of partition 0 fuses only in part, the database refuses to
	 * record partition 0's progress until the refusal is lifted: every poll of the member that owns it rolls back
	 * whole, incidents and all, while the other member goes on.
	 * Once the refusal is lifted, the failing member restores its partitions from a database the other has moved on,
	 * fuses the poll again, and the incidents stored are still exactly those of the embedded pipeline.
	 */
	@Test
	void aPollWhoseWriteFailsIsFusedAgainWithoutLeavingAReportOut() throws Exception {
		List<String> kafkaMode = kafkaMode("failing");
		kafkaMode.add("--reassure.monitoring.kafka.max-poll-records=" + SHORT_POLLS);
		try (ConfigurableApplicationContext first = platform(kafkaMode); ConfigurableApplicationContext second = platform(kafkaMode)) {
			awaitPartitionsShared(first, second);
			ingest(first, STREAM.subList(0, REPORTS / 3));
			awaitFused(first, PATIENCE);
			long midway = first.getBean(ReportIngest.class).stats().lastBatch() + 3;
			try (RefusedWrites refused = RefusedWrites.of(first.getBean(JdbcClient.class), "monitoring_fusion_progress",
					"NEW.partition_no = 0 AND NEW.fused_batch >= " + midway)) {
				ingest(first, STREAM.subList(REPORTS / 3, 2 * REPORTS / 3));
				ConfigurableApplicationContext goingOn = consumer(first).getAssignedPartitions().contains(new TopicPartition(TOPIC_PREFIX + "failing", 0))
						? second : first;
				await(() -> failedIncidentWrites(first, second) >= 2 && ownPartitionsFused(goingOn));
			}
			ingest(first, STREAM.subList(2 * REPORTS / 3, REPORTS));
			awaitFused(first, PATIENCE);

			assertThat(incidentRows(first)).containsExactlyElementsOf(embedded);
		}
	}

	private static long failedIncidentWrites(ConfigurableApplicationContext... members) {
		return Arrays.stream(members).mapToLong(member -> member.getBean(ReportIngest.class).stats().failedIncidentWrites()).sum();
	}

	/** Members of one test share its database, topic and consumer group. */
	private List<String> kafkaMode(String test) {
		List<String> kafkaMode = new ArrayList<>(TestDatabase.sharedBy(test, work));
		kafkaMode.add("--reassure.monitoring.kafka.bootstrap-servers=" + broker.getBrokersAsString());
		kafkaMode.add("--reassure.monitoring.kafka.partitions=" + PARTITIONS);
		kafkaMode.add("--reassure.monitoring.kafka.topic=" + TOPIC_PREFIX + test);
		kafkaMode.add("--reassure.monitoring.kafka.group-id=fusion-" + test);
		return kafkaMode;
	}

	/** Waits until the members share the partitions equally. */
	private static void awaitPartitionsShared(ConfigurableApplicationContext... members) throws InterruptedException {
		await(() -> Arrays.stream(members).allMatch(member -> {
			Collection<TopicPartition> assigned = consumer(member).getAssignedPartitions();
			return assigned != null && assigned.size() == PARTITIONS / members.length;
		}));
	}

	/** Whether the partitions of this member have fused every batch it committed. */
	private static boolean ownPartitionsFused(ConfigurableApplicationContext member) {
		long lastBatch = member.getBean(ReportIngest.class).stats().lastBatch();
		Set<Integer> own = consumer(member).getAssignedPartitions().stream().map(TopicPartition::partition).collect(Collectors.toSet());
		return member.getBean(JdbcClient.class)
			.sql("SELECT partition_no FROM monitoring_fusion_progress WHERE fused_batch >= ?")
			.param(lastBatch)
			.query(Integer.class)
			.set()
			.containsAll(own);
	}

	private static KafkaMessageListenerContainer<?, ?> consumer(ConfigurableApplicationContext member) {
		return member.getBean(KafkaMessageListenerContainer.class);
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(condition.getAsBoolean()).isTrue();
	}
}
