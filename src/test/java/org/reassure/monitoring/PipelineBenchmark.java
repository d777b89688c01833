package org.reassure.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.reassure.ReassureApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The embedded ingest pipeline at full speed, in one JVM on an embedded SQLite database: pre-serialised
 * Cursor-on-Target and JSON documents are parsed, validated, durably committed (group commit) and fused (incidents geo-tagged) by
 * {@code producers} threads feeding the real {@link ReportIngest}, as many sensors would; then, in the same run, the
 * same CoT bytes appended and fsynced in the batch sizes the pipeline committed, by a bare loop (the ceiling); then
 * the time from submitting a report to its incident being readable in the database, at a paced rate.
 *
 * <p>Run with {@code bench/monitoring/run.sh}, or {@code java -cp ... org.reassure.monitoring.PipelineBenchmark
 * [reports] [producers] [paced rate/s] [paced seconds]}. The stream is {@link SyntheticStream}'s: events along the
 * synthetic 1,200 km line, each heard by 3 to 6 sensors, {@value #EVENT_SPACING_MS} ms apart in observation time; 64 sources.
 */
public final class PipelineBenchmark {

	private static final int SLICE = 500;
	private static final int SOURCES_PER_TYPE = 16;
	/**
	 * Observation time between events: 5 events a second along the whole line, heavier than the worst days the OSCE
	 * mission counted, and sparse enough that events 2 km and 120 s apart stay rare (denser, and single-linkage fusion
	 * chains the whole front into one incident).
	 */
	private static final int EVENT_SPACING_MS = 200;

	private record Document(MonitoringSource source, byte[] bytes, int reports, List<Report> sampled) {
	}

	private final ConfigurableApplicationContext context;
	private final ReportIngest ingest;
	private final JdbcClient jdbc;
	private final Path dataDir;
	private final Map<String, MonitoringSource> sources = new LinkedHashMap<>();

	private PipelineBenchmark(Path dataDir, List<String> settings) {
		this.dataDir = dataDir;
		List<String> arguments = new ArrayList<>(List.of("--reassure.data-dir=" + dataDir, "--reassure.monitoring.cot.tcp-port=-1",
				"--reassure.dataset.load-on-start=false", "--logging.threshold.console=WARN"));
		arguments.addAll(settings);
		this.context = new SpringApplicationBuilder(ReassureApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
		this.ingest = context.getBean(ReportIngest.class);
		this.jdbc = context.getBean(JdbcClient.class);
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
			List<List<Document>> cot = bench.slices(1, "cot", reports, now.minus(Duration.ofDays(25)), true);
			long firstBatch = bench.lastBatch() + 1;
			double cotRate = bench.throughput("CoT", cot, reports, producers);
			double ceiling = bench.ceiling(cot, firstBatch, bench.lastBatch());
			System.out.printf(Locale.ROOT, "ratio pipeline / bare append: %.3f%n", cotRate / ceiling);
			cot = null;
			List<List<Document>> json = bench.slices(2, "json", reports, now.minus(Duration.ofDays(15)), false);
			bench.throughput("JSON", json, reports, producers);
			json = null;
			bench.latency(pacedRate, pacedSeconds, now.minus(Duration.ofDays(5)));
		}
		finally {
			bench.context.close();
		}
	}

	/** Parses, stores and fuses every document; the rate counts until the last report is fused. */
	private double throughput(String format, List<List<Document>> slices, int reports, int producers) throws InterruptedException {
		System.gc();
		long firstBatch = lastBatch() + 1;
		AtomicInteger next = new AtomicInteger();
		AtomicIntegerArray submitted = new AtomicIntegerArray(slices.size());
		ConcurrentLinkedQueue<CompletableFuture<IngestReceipt>> pending = new ConcurrentLinkedQueue<>();
		CountDownLatch done = new CountDownLatch(producers);
		AtomicLong producerCpu = new AtomicLong();
		long writerCpu = cpu("monitoring-writer");
		long fusionCpu = cpu("monitoring-fusion");
		long start = System.nanoTime();
		for (int p = 0; p < producers; p++) {
			Thread producer = new Thread(() -> {
				for (int slice = next.getAndIncrement(); slice < slices.size(); slice = next.getAndIncrement()) {
					// sensors send in real time: keep the producers within a few slices (seconds of observation) of each other
					while (slice >= producers && submitted.get(slice - producers) == 0) {
						LockSupport.parkNanos(20_000);
					}
					for (Document document : slices.get(slice)) {
						pending.add(send(document));
					}
					submitted.set(slice, 1);
				}
				producerCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
				done.countDown();
			}, "producer-" + p);
			producer.start();
		}
		done.await();
		int accepted = 0;
		for (CompletableFuture<IngestReceipt> receipt : pending) {
			accepted += receipt.join().accepted();
		}
		long committed = System.nanoTime();
		awaitFused();
		long fused = System.nanoTime();
		double rate = reports / ((fused - start) / 1e9);
		System.out.printf(Locale.ROOT, "%s: %d reports accepted; committed at %.0f reports/s; parsed, committed and fused at %.0f reports/s%n", format,
				accepted, reports / ((committed - start) / 1e9), rate);
		System.out.printf(Locale.ROOT, "%s: %s%n", format, batchSizes(firstBatch));
		System.out.printf(Locale.ROOT, "%s: CPU per report: producers (parse, validate, encode, hash) %.1f us, writer %.1f us, fusion %.1f us%n",
				format, producerCpu.get() / 1e3 / reports, (cpu("monitoring-writer") - writerCpu) / 1e3 / reports,
				(cpu("monitoring-fusion") - fusionCpu) / 1e3 / reports);
		return rate;
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
		int reports = rate * seconds;
		List<List<Document>> slices = slices(3, "paced", reports, start, true);
		Map<ReportId, Long> sampled = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<Long> visible = new ConcurrentLinkedQueue<>();
		context.addApplicationListener(new ApplicationListener<PayloadApplicationEvent<?>>() {
			@Override
			public void onApplicationEvent(PayloadApplicationEvent<?> event) {
				if (!(event.getPayload() instanceof IncidentsChanged changed)) {
					return;
				}
				List<Long> submissions = new ArrayList<>();
				for (IncidentChange change : changed.changes()) {
					Incident incident = change instanceof IncidentChange.Created created ? created.incident()
							: change instanceof IncidentChange.Updated updated ? updated.incident() : null;
					for (ReportId id : incident == null ? List.<ReportId>of() : incident.reportIds()) {
						Long submitted = sampled.remove(id);
						if (submitted != null) {
							submissions.add(submitted);
						}
					}
				}
				if (!submissions.isEmpty()) {
					TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
						@Override
						public void afterCommit() {
							long now = System.nanoTime();
							submissions.forEach(submitted -> visible.add(now - submitted));
						}
					});
				}
			}
		});
		long begin = System.nanoTime();
		int sent = 0;
		List<CompletableFuture<IngestReceipt>> acks = new ArrayList<>();
		ConcurrentLinkedQueue<Long> ackLatencies = new ConcurrentLinkedQueue<>();
		for (List<Document> slice : slices) {
			for (Document document : slice) {
				long due = begin + (long) (sent * 1e9 / rate);
				for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
					LockSupport.parkNanos(wait);
				}
				long submitted = System.nanoTime();
				for (Report report : document.sampled()) {
					sampled.put(report.id(), submitted);
				}
				acks.add(send(document).whenComplete((receipt, failure) -> ackLatencies.add(System.nanoTime() - submitted)));
				sent += document.reports();
			}
		}
		acks.forEach(CompletableFuture::join);
		double achieved = sent / ((System.nanoTime() - begin) / 1e9);
		awaitFused();
		long[] latencies = visible.stream().mapToLong(Long::longValue).sorted().toArray();
		long[] ackSorted = ackLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "paced at %d reports/s for %d s (achieved %.0f/s): acknowledgement p50 %.1f ms, p99 %.1f ms; "
				+ "report to incident visible (n=%d) p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", rate, seconds, achieved, percentile(ackSorted, 50),
				percentile(ackSorted, 99), latencies.length, percentile(latencies, 50), percentile(latencies, 99),
				latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
	}

	private CompletableFuture<IngestReceipt> send(Document document) {
		IngestSession session = ingest.open(document.source(), document.bytes()[0] == '<' ? ReportFormat.COT : ReportFormat.JSON);
		ingest.parser(document.bytes()[0] == '<' ? ReportFormat.COT : ReportFormat.JSON).parse(new ByteArrayInputStream(document.bytes()), session);
		return session.flushAsync();
	}

	/**
	 * The stream in arrival order, cut into slices of {@value #SLICE} reports, each slice one document per source (as
	 * each sensor's connection would carry them); event uids carry the run's tag so runs do not collide.
	 */
	private List<List<Document>> slices(int seed, String tag, int count, Instant start, boolean cot) {
		List<Report> stream = new SyntheticStream(seed).reports(count, start, EVENT_SPACING_MS);
		List<List<Document>> slices = new ArrayList<>();
		for (int from = 0; from < stream.size(); from += SLICE) {
			Map<MonitoringSource, List<Report>> bySource = new LinkedHashMap<>();
			for (Report report : stream.subList(from, Math.min(stream.size(), from + SLICE))) {
				Report renamed = renamed(report, tag);
				bySource.computeIfAbsent(source(renamed), s -> new ArrayList<>()).add(renamed);
			}
			List<Document> documents = new ArrayList<>();
			AtomicInteger index = new AtomicInteger(from);
			bySource.forEach((source, reports) -> {
				List<Report> sampled = new ArrayList<>();
				StringBuilder text = new StringBuilder(cot ? "" : "[");
				for (Report report : reports) {
					if (index.getAndIncrement() % 100 == 0) {
						sampled.add(report);
					}
					text.append(cot ? cot(report) : (text.length() > 1 ? "," : "") + json(report));
				}
				documents.add(new Document(source, text.append(cot ? "" : "]").toString().getBytes(StandardCharsets.UTF_8), reports.size(), sampled));
			});
			slices.add(documents);
		}
		return slices;
	}

	private Report renamed(Report report, String tag) {
		String type = report.sourceType().name().toLowerCase(Locale.ROOT);
		int number = Integer.parseInt(report.sourceId().substring(report.sourceId().indexOf('-') + 1)) % SOURCES_PER_TYPE;
		return new Report(new ReportId(type + "-" + number, tag + "-" + report.id().eventUid()), report.sourceType(), report.observedAt(),
				report.position(), report.category(), report.confidence(), report.text(), report.attachmentSha256());
	}

	private MonitoringSource source(Report report) {
		return sources.computeIfAbsent(report.sourceId(), id -> new MonitoringSource(id, "benchmark", report.sourceType(), null, Instant.now(), false));
	}

	private static String cot(Report report) {
		Instant at = report.observedAt();
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<event version=\"2.0\" uid=\"" + report.id().eventUid() + "\" type=\"a-h-G\" how=\"m-g\" time=\""
				+ at + "\" start=\"" + at + "\" stale=\"" + at.plusSeconds(600) + "\"><point lat=\"" + report.position().lat() + "\" lon=\""
				+ report.position().lon() + "\" hae=\"0\" ce=\"" + report.position().accuracyM() + "\" le=\"9999999\"/><detail><contact callsign=\""
				+ report.sourceId() + "\"/><reassure category=\"" + report.category() + "\" sourceType=\"" + report.sourceType() + "\" confidence=\""
				+ report.confidence() + "\"/></detail></event>\n";
	}

	private static String json(Report report) {
		return "{\"sourceId\":\"" + report.sourceId() + "\",\"sourceType\":\"" + report.sourceType() + "\",\"eventUid\":\"" + report.id().eventUid()
				+ "\",\"observedAt\":\"" + report.observedAt() + "\",\"lat\":" + report.position().lat() + ",\"lon\":" + report.position().lon()
				+ ",\"accuracyM\":" + report.position().accuracyM() + ",\"category\":\"" + report.category() + "\",\"confidence\":" + report.confidence()
				+ "}";
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

	private void awaitFused() throws InterruptedException {
		PipelineStats stats = ingest.stats();
		while (stats.fusedBatch() < stats.lastBatch() || stats.queuedReports() > 0) {
			Thread.sleep(2);
			stats = ingest.stats();
		}
	}

	/** CPU time of the named thread so far, in nanoseconds. */
	private static long cpu(String thread) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(t -> t.getName().equals(thread))
			.mapToLong(t -> ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId()))
			.sum();
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

	private static double percentile(long[] sortedNanos, int percentile) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1)] / 1e6;
	}

}
