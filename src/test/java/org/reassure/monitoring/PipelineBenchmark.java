package org.reassure.monitoring;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.reassure.ReassureApplication;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.monitoring.SensorDocuments.Document;
import org.reassure.shared.Actor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded ingest pipeline at full speed, in one JVM on an embedded SQLite database: pre-serialised
 * Cursor-on-Target and JSON documents are parsed, validated, durably committed (group commit) and fused by
 * {@code producers} threads feeding the real {@link ReportIngest}, as many sensors would; then, in the same run, the
 * same CoT bytes appended and fsynced in the batch sizes the pipeline committed, by a bare loop (the ceiling); then
 * the time from submitting a report to its incident being readable in the database, at a paced rate.
 *
 * <p>Run with {@code bench/monitoring/run.sh}, or {@code java -cp ... org.reassure.monitoring.PipelineBenchmark
 * [reports] [producers] [paced rate/s] [paced seconds]}. The stream is {@link SensorDocuments}'s. Both formats are warmed
 * up ({@link #WARM_UP}) before the first measured run.
 */
public final class PipelineBenchmark {

	/** Reports of each format sent before the measured run ({@code -Dbench.warm-up}; 0 for none). */
	private static final int WARM_UP = Integer.getInteger("bench.warm-up", 1_000_000);

	private final ConfigurableApplicationContext context;
	private final ReportIngest ingest;
	private final SensorFeed feed;
	private final JdbcClient jdbc;
	private final Ledger ledger;
	private final TransactionTemplate transactions;
	private final Path dataDir;
	private final SensorDocuments documents = new SensorDocuments();

	private PipelineBenchmark(Path dataDir, List<String> settings) {
		this.dataDir = dataDir;
		List<String> arguments = new ArrayList<>(List.of("--reassure.data-dir=" + dataDir, "--reassure.monitoring.cot.tcp-port=-1",
				"--reassure.dataset.load-on-start=false", "--logging.threshold.console=WARN"));
		arguments.addAll(settings);
		this.context = new SpringApplicationBuilder(ReassureApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
		this.ingest = context.getBean(ReportIngest.class);
		this.feed = new SensorFeed(ingest);
		this.jdbc = context.getBean(JdbcClient.class);
		this.ledger = context.getBean(Ledger.class);
		this.transactions = context.getBean(TransactionTemplate.class);
	}

	public static void main(String[] args) throws Exception {
		int reports = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
		int producers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		int pacedRate = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
		int pacedSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		Path dataDir = Files.createTempDirectory("reassure-pipeline-bench-");
		PipelineBenchmark bench = new PipelineBenchmark(dataDir, List.of(args).subList(Math.min(args.length, 4), args.length));
		try {
			Instant now = Instant.now();
			System.out.printf(Locale.ROOT, "machine: %d cores, load average %s; %d reports per run, %d producer threads%n",
					Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip(), reports, producers);
			bench.warmUp("CoT", bench.documents.slices(3, "cot-warm-up", WARM_UP, now.minus(Duration.ofDays(27)), true), producers);
			bench.warmUp("JSON", bench.documents.slices(4, "json-warm-up", WARM_UP, now.minus(Duration.ofDays(26)), false), producers);
			List<List<Document>> cot = bench.documents.slices(1, "cot", reports, now.minus(Duration.ofDays(25)), true);
			long firstBatch = bench.lastBatch() + 1;
			double cotRate = bench.throughput("CoT", cot, reports, producers);
			double ceiling = bench.ceiling(cot, firstBatch, bench.lastBatch());
			System.out.printf(Locale.ROOT, "ratio pipeline / bare append: %.3f%n", cotRate / ceiling);
			cot = null;
			List<List<Document>> json = bench.documents.slices(2, "json", reports, now.minus(Duration.ofDays(15)), false);
			bench.throughput("JSON", json, reports, producers);
			json = null;
			bench.latency(pacedRate, pacedSeconds, now.minus(Duration.ofDays(5)));
		}
		finally {
			bench.context.close();
		}
	}

	/**
	 * The same work, not measured, so that the measured run sees code the JIT has compiled, as a platform that has been
	 * running does: in a cold 1,000,000-report CoT run the JIT compilers took 5.9 us of CPU a report. Code that runs once
	 * a batch (the commit, the incident writes) runs only some 65 times in a warm-up of one format, too few for the
	 * optimising compiler; after one warm-up, the JIT compilers still took 2.0-2.5 us a CoT report in the measured run,
	 * after both 0.5-1.0 us.
	 */
	private void warmUp(String format, List<List<Document>> slices, int producers) throws InterruptedException {
		if (slices.isEmpty()) {
			return;
		}
		SensorFeed.Burst burst = feed.burst(slices, producers);
		feed.awaitFused();
		System.out.printf(Locale.ROOT, "%s warm-up (not counted): %d reports%n", format, burst.accepted());
	}

	/** Parses, stores and fuses every document; the rate counts until the last report is fused. */
	private double throughput(String format, List<List<Document>> slices, int reports, int producers) throws InterruptedException {
		System.gc();
		long firstBatch = lastBatch() + 1;
		long writerCpu = ThreadCpu.named("monitoring-writer");
		long fusionCpu = ThreadCpu.named("monitoring-fusion");
		long[] otherCpu = otherCpu();
		Bystander bystander = new Bystander();
		SensorFeed.Burst burst = feed.burst(slices, producers);
		feed.awaitFused();
		double rate = burst.rate(reports, System.nanoTime());
		long[] saves = bystander.stop();
		System.out.printf(Locale.ROOT, "%s: %d reports accepted; committed at %.0f reports/s; parsed, committed and fused at %.0f reports/s%n", format,
				burst.accepted(), burst.rate(reports, burst.acknowledgedNanos()), rate);
		System.out.printf(Locale.ROOT, "%s: %s%n", format, batchSizes(firstBatch));
		System.out.printf(Locale.ROOT, "%s: CPU per report: producers (parse, validate, encode, hash) %.1f us, writer %.1f us, fusion %.1f us%n",
				format, burst.producerCpuNanos() / 1e3 / reports, (ThreadCpu.named("monitoring-writer") - writerCpu) / 1e3 / reports,
				(ThreadCpu.named("monitoring-fusion") - fusionCpu) / 1e3 / reports);
		System.out.printf(Locale.ROOT, "%s: a user's save meanwhile (one ledger entry, every %d ms, n=%d): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", format,
				Bystander.EVERY_MILLIS, saves.length, SensorFeed.percentile(saves, 50), SensorFeed.percentile(saves, 99), saves.length == 0 ? Double.NaN : saves[saves.length - 1] / 1e6);
		long[] other = otherCpu();
		System.out.printf(Locale.ROOT, "%s: CPU per report elsewhere: garbage collection %.1f us, JIT compilers %.1f us, alert evaluation %.1f us, "
				+ "checkpoints %.1f us; whole process %.1f us%n", format, (other[0] - otherCpu[0]) / 1e3 / reports, (other[1] - otherCpu[1]) / 1e3 / reports,
				(other[2] - otherCpu[2]) / 1e3 / reports, (other[3] - otherCpu[3]) / 1e3 / reports, (other[4] - otherCpu[4]) / 1e3 / reports);
		return rate;
	}

	/**
	 * Someone else writing while the reports pour in, as an officer saves a commitment: a transaction with one ledger
	 * entry every {@link #EVERY_MILLIS}, timed from the call to the commit. The embedded database has one writer at a
	 * time, so this is how long a user waits behind ingest.
	 */
	private final class Bystander {

		static final int EVERY_MILLIS = 250;

		private final List<Long> nanos = new ArrayList<>();
		private final Thread thread = new Thread(this::save, "bystander");
		private volatile boolean running = true;

		Bystander() {
			thread.start();
		}

		private void save() {
			Actor clerk = new Actor("bench:bystander", null);
			for (int n = 0; running; n++) {
				int count = n;
				long start = System.nanoTime();
				transactions.executeWithoutResult(status -> ledger.record(LedgerEntry.of(clerk, "bench.saved", Map.of("n", count))));
				nanos.add(System.nanoTime() - start);
				LockSupport.parkNanos(EVERY_MILLIS * 1_000_000L);
			}
		}

		/** The times of the saves, sorted. */
		long[] stop() throws InterruptedException {
			running = false;
			thread.join();
			return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		}
	}

	/** CPU so far of the garbage collector, the JIT compilers, alert evaluation, checkpoints, and the whole process. */
	private static long[] otherCpu() {
		return new long[] { ThreadCpu.tasks(name -> name.startsWith("GC Thread") || name.startsWith("G1 ")),
				ThreadCpu.tasks(name -> name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")), ThreadCpu.named("monitoring-alerts"),
				ThreadCpu.named("sqlite-checkpoint"), ThreadCpu.process() };
	}

	/** The same CoT bytes, appended and fsynced by a bare loop in the batch sizes the pipeline committed. */
	private double ceiling(List<List<Document>> slices, long fromBatch, long toBatch) throws IOException {
		List<Integer> sizes = jdbc.sql("SELECT report_count + duplicate_count FROM monitoring_batches WHERE id BETWEEN ? AND ? ORDER BY id")
			.params(fromBatch, toBatch)
			.query(Integer.class)
			.list();
		List<byte[]> events = new ArrayList<>();
		for (List<Document> slice : slices) {
			for (Document document : slice) {
				splitEvents(document.bytes(), events);
			}
		}
		Path file = dataDir.resolve("ceiling.log");
		ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024 * 1024);
		long start = System.nanoTime();
		int event = 0;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			for (int size : sizes) {
				buffer.clear();
				for (int i = 0; i < size && event < events.size(); i++) {
					buffer.put(events.get(event++));
				}
				buffer.flip();
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(false);
			}
		}
		double rate = event / ((System.nanoTime() - start) / 1e9);
		System.out.printf(Locale.ROOT, "ceiling: %d CoT events (%d MB) appended and fsynced in %d batches at %.0f reports/s%n", event,
				Files.size(file) >> 20, sizes.size(), rate);
		Files.delete(file);
		return rate;
	}

	/**
	 * Paced ingest; for one report in 100, the time from its submission until the commit of the transaction that writes
	 * it into an incident (from then on the incident with the report is readable through the API and the database).
	 */
	private void latency(int rate, int seconds, Instant start) throws Exception {
		List<List<Document>> slices = documents.slices(3, "paced", rate * seconds, start, true);
		IncidentVisibility visibility = new IncidentVisibility();
		visibility.watch(context);
		SensorFeed.Paced paced = feed.paced(slices, rate, visibility);
		feed.awaitFused();
		System.out.printf(Locale.ROOT, "%s%n", paced.summary(rate, seconds, visibility.latencies()));
	}

	/** Cuts a CoT document back into its events (each starts with its XML declaration). */
	private static void splitEvents(byte[] document, List<byte[]> events) {
		String text = new String(document, StandardCharsets.UTF_8);
		int from = 0;
		for (int next = text.indexOf("<?xml", 1); next > 0; next = text.indexOf("<?xml", next + 1)) {
			events.add(text.substring(from, next).getBytes(StandardCharsets.UTF_8));
			from = next;
		}
		events.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
	}

	private long lastBatch() {
		return ingest.stats().lastBatch();
	}

	private String batchSizes(long fromBatch) {
		int[] sorted = jdbc.sql("SELECT report_count FROM monitoring_batches WHERE id >= ?")
			.param(fromBatch)
			.query(Integer.class)
			.list()
			.stream()
			.mapToInt(Integer::intValue)
			.sorted()
			.toArray();
		return sorted.length + " batches, median " + (sorted.length == 0 ? 0 : sorted[sorted.length / 2]) + " reports, largest "
				+ (sorted.length == 0 ? 0 : sorted[sorted.length - 1]) + "; reports too late to fuse so far: " + ingest.stats().lateReports();
	}
}
