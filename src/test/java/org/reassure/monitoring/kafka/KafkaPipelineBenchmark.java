package org.reassure.monitoring.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.common.TopicPartition;
import org.reassure.ReassureApplication;
import org.reassure.monitoring.IncidentVisibility;
import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.SensorDocuments;
import org.reassure.monitoring.SensorDocuments.Document;
import org.reassure.monitoring.SensorFeed;
import org.reassure.monitoring.ThreadCpu;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The Kafka mode at full speed, in one JVM: a KRaft broker with {@code partitions} partitions, and two fusion members
 * (platforms of their own) on one embedded SQLite database. {@code producers} threads feed pre-serialised
 * Cursor-on-Target, then JSON, documents to the first member's {@link ReportIngest}, as the embedded
 * {@link org.reassure.monitoring.PipelineBenchmark} does: its single writer stores them durably (the acknowledgement),
 * its hand-over thread sends the committed batches to the topic, and the consumer threads of both members fuse them,
 * partition by partition. Then the time from submitting a report to its incident being readable in the database,
 * at a paced rate.
 *
 * <p>Run with {@code java -cp ... org.reassure.monitoring.kafka.KafkaPipelineBenchmark [reports] [producers]
 * [paced rate/s] [paced seconds] [partitions]}; further arguments go to both members. The broker, both members and the
 * producers share the JVM and the machine's cores, so the whole JVM's CPU a report is printed next to the pipeline's
 * threads.
 */
public final class KafkaPipelineBenchmark {

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	private final List<ConfigurableApplicationContext> members;
	private final List<Thread> writer;
	private final List<Thread> handOver;
	private final SensorFeed feed;
	private final SensorDocuments documents = new SensorDocuments();

	/** {@code writer} and {@code handOver}: the pipeline threads of the member that ingests, the first. */
	private KafkaPipelineBenchmark(List<ConfigurableApplicationContext> members, List<Thread> writer, List<Thread> handOver) {
		this.members = members;
		this.writer = writer;
		this.handOver = handOver;
		this.feed = new SensorFeed(members.get(0).getBean(ReportIngest.class));
	}

	public static void main(String[] args) throws Exception {
		int reports = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
		int producers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		int pacedRate = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
		int pacedSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		int partitions = args.length > 4 ? Integer.parseInt(args[4]) : 4;
		// the broker logs before the first member configures logging
		LoggingSystem.get(KafkaPipelineBenchmark.class.getClassLoader()).setLogLevel(null, LogLevel.WARN);
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions);
		broker.afterPropertiesSet();
		try {
			List<String> arguments = new ArrayList<>(List.of("--reassure.data-dir=" + Files.createTempDirectory("reassure-kafka-bench-"),
					"--reassure.monitoring.cot.tcp-port=-1", "--reassure.dataset.load-on-start=false", "--logging.threshold.console=WARN",
					"--reassure.monitoring.kafka.bootstrap-servers=" + broker.getBrokersAsString(), "--reassure.monitoring.kafka.partitions=" + partitions));
			arguments.addAll(List.of(args).subList(Math.min(args.length, 5), args.length));
			try (ConfigurableApplicationContext first = member(arguments)) {
				List<Thread> writer = ThreadCpu.matching("monitoring-writer"::equals);
				List<Thread> handOver = ThreadCpu.matching("monitoring-handover"::equals);
				try (ConfigurableApplicationContext second = member(arguments)) {
					KafkaPipelineBenchmark bench = new KafkaPipelineBenchmark(List.of(first, second), writer, handOver);
					bench.awaitPartitionsShared(partitions);
					System.out.printf(Locale.ROOT, "machine: %d cores, load average %s; %d reports per run, %d producer threads; "
							+ "broker in this JVM, %d partitions, %d fusion members on one database (%s)%n", Runtime.getRuntime().availableProcessors(),
							Files.readString(Path.of("/proc/loadavg")).strip(), reports, producers, partitions, bench.members.size(),
							first.getEnvironment().getProperty("spring.datasource.url", "").split("[:?]")[1]);
					bench.run(reports, producers, pacedRate, pacedSeconds);
				}
			}
		}
		finally {
			broker.destroy();
		}
	}

	private void run(int reports, int producers, int pacedRate, int pacedSeconds) throws Exception {
		Instant now = Instant.now();
		throughput("CoT", documents.slices(1, "cot", reports, now.minus(Duration.ofDays(25)), true), reports, producers);
		throughput("JSON", documents.slices(2, "json", reports, now.minus(Duration.ofDays(15)), false), reports, producers);
		latency(pacedRate, pacedSeconds, now.minus(Duration.ofDays(5)));
	}

	/** Parses and stores every document, then fuses it in the partitions; the second rate counts until every partition has fused. */
	private void throughput(String format, List<List<Document>> slices, int reports, int producers) throws InterruptedException {
		System.gc();
		long writerCpu = ThreadCpu.of(writer);
		long handOverCpu = ThreadCpu.of(handOver);
		long consumerCpu = ThreadCpu.of(consumers());
		long processCpu = ThreadCpu.process();
		SensorFeed.Burst burst = feed.burst(slices, producers);
		feed.awaitFused();
		long fused = System.nanoTime();
		System.out.printf(Locale.ROOT, "%s: %d reports accepted; acknowledged (durably stored) at %.0f reports/s; fused in every partition at %.0f reports/s; "
				+ "reports too late to fuse so far: %d%n", format, burst.accepted(), burst.rate(reports, burst.acknowledgedNanos()), burst.rate(reports, fused),
				lateReports());
		System.out.printf(Locale.ROOT, "%s: CPU per report: producers (parse, validate, encode, hash) %.1f us, writer %.1f us, hand-over %.1f us, "
				+ "consumers (fuse, write incidents) %.1f us; whole JVM, broker included, %.1f us%n", format, burst.producerCpuNanos() / 1e3 / reports,
				(ThreadCpu.of(writer) - writerCpu) / 1e3 / reports, (ThreadCpu.of(handOver) - handOverCpu) / 1e3 / reports,
				(ThreadCpu.of(consumers()) - consumerCpu) / 1e3 / reports, (ThreadCpu.process() - processCpu) / 1e3 / reports);
	}

	/**
	 * Paced ingest; for one report in 100, the time from its submission until the commit of the transaction, in
	 * either member, that writes it into an incident.
	 */
	private void latency(int rate, int seconds, Instant start) throws Exception {
		List<List<Document>> slices = documents.slices(3, "paced", rate * seconds, start, true);
		IncidentVisibility visibility = new IncidentVisibility();
		members.forEach(visibility::watch);
		SensorFeed.Paced paced = feed.paced(slices, rate, visibility);
		feed.awaitFused();
		System.out.printf(Locale.ROOT, "%s%n", paced.summary(rate, seconds, visibility.latencies()));
	}

	/** Waits until every partition is assigned, shared between the members as evenly as they go. */
	private void awaitPartitionsShared(int partitions) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!partitionsShared(partitions)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the fusion members were not assigned the " + partitions + " partitions within " + PATIENCE);
			}
			Thread.sleep(50);
		}
	}

	private boolean partitionsShared(int partitions) {
		int assigned = 0;
		for (ConfigurableApplicationContext member : members) {
			Collection<TopicPartition> own = consumer(member).getAssignedPartitions();
			if (own == null || own.size() < partitions / members.size()) {
				return false;
			}
			assigned += own.size();
		}
		return assigned == partitions;
	}

	/** The consumer threads of every member, as the containers name them. */
	private List<Thread> consumers() {
		List<String> prefixes = members.stream().map(member -> consumer(member).getBeanName() + "-C-").toList();
		return ThreadCpu.matching(name -> prefixes.stream().anyMatch(name::startsWith));
	}

	/** Reports too late for their time window, in the partitions of every member. */
	private long lateReports() {
		return members.stream().mapToLong(member -> member.getBean(ReportIngest.class).stats().lateReports()).sum();
	}

	private static KafkaMessageListenerContainer<?, ?> consumer(ConfigurableApplicationContext member) {
		return member.getBean(KafkaMessageListenerContainer.class);
	}


	private static ConfigurableApplicationContext member(List<String> arguments) {
		return new SpringApplicationBuilder(ReassureApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}
}
