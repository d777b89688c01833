package org.reassure.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.reassure.ReassureApplication;
import org.reassure.shared.Actor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Measures the ledger on a real database through its public API, in one JVM:
 * <ul>
 * <li>{@code append N BATCH WRITERS}: N entries appended in transactions of BATCH entries (hash,
 * tree, tiles, durable commit) by WRITERS threads at once, entries per second;</li>
 * <li>{@code proofs COUNT}: inclusion and consistency proofs for random leaves and sizes of the
 * tree as stored, latency percentiles in microseconds;</li>
 * <li>{@code verify}: a full {@code ledger verify}, in seconds.</li>
 * </ul>
 * Phases run in the order given; Spring properties pass through ({@code --reassure.data-dir=...},
 * {@code --spring.datasource.url=...}). Surefire skips this class (its name holds "Benchmark"):
 *
 * <pre>{@code
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.reassure.ledger.LedgerBenchmark \
 *     append 2000000 10000 2 proofs 20000 verify --reassure.data-dir=/tmp/ledger-bench
 * }</pre>
 */
public final class LedgerBenchmark {

	private static final Actor MONITOR = new Actor("bench-monitor", null);

	private LedgerBenchmark() {
	}

	public static void main(String[] args) {
		List<String> phases = new ArrayList<>();
		List<String> spring = new ArrayList<>(List.of("--server.port=-1", "--reassure.dataset.load-on-start=false",
				"--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=4"));
		for (String arg : args) {
			(arg.startsWith("--") ? spring : phases).add(arg);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReassureApplication.class).web(WebApplicationType.SERVLET)
			.logStartupInfo(false)
			.run(spring.toArray(String[]::new))) {
			for (int i = 0; i < phases.size(); i++) {
				switch (phases.get(i)) {
					case "append" -> append(context, Long.parseLong(phases.get(++i)), Integer.parseInt(phases.get(++i)), Integer.parseInt(phases.get(++i)));
					case "proofs" -> proofs(context, Integer.parseInt(phases.get(++i)));
					case "verify" -> verify(context);
					default -> throw new IllegalArgumentException("unknown phase " + phases.get(i));
				}
			}
		}
	}

	private static void append(ConfigurableApplicationContext context, long total, int batch, int writers) {
		Ledger ledger = context.getBean(Ledger.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		AtomicLong claimed = new AtomicLong();
		AtomicLong appended = new AtomicLong();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		for (int w = 0; w < writers; w++) {
			pool.execute(() -> {
				SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
				long first;
				while ((first = claimed.getAndAdd(batch)) < total) {
					long from = first;
					int size = (int) Math.min(batch, total - first);
					List<LedgerEntry> entries = IntStream.range(0, size).mapToObj(i -> LedgerEntry.of(MONITOR, "monitoring.batch.ingested",
							Map.of("batch", from + i, "cell", "8a1fb46622dffff", "reports", 250, "sha256", hex(random)))).toList();
					transactions.executeWithoutResult(status -> ledger.recordAll(entries));
					appended.addAndGet(size);
				}
			});
		}
		pool.shutdown();
		Gauge walFrames = context.getBean(MeterRegistry.class).find("reassure.sqlite.wal.frames").gauge();
		double peakWalFrames = 0;
		long lastReport = start;
		long reportedAt = 0;
		try {
			while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
				peakWalFrames = Math.max(peakWalFrames, walFrames == null ? 0 : walFrames.value());
				long now = System.nanoTime();
				if (now - lastReport >= 10_000_000_000L) {
					long count = appended.get();
					System.out.printf("  %,d entries, %,.0f entries/s over the last %,d%n", count, (count - reportedAt) * 1e9 / (now - lastReport), count - reportedAt);
					lastReport = now;
					reportedAt = count;
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("append: %,d entries in transactions of %,d by %d writers: %.1f s, %,.0f entries/s (log size now %,d; "
				+ "largest write-ahead log seen by the checkpoint thread %,.0f pages)%n", total, batch, writers, seconds, total / seconds,
				context.getBean(LedgerView.class).size(), peakWalFrames);
	}

	private static void proofs(ConfigurableApplicationContext context, int count) {
		LedgerView view = context.getBean(LedgerView.class);
		long size = view.size();
		awaitLeafIndex(context.getBean(JdbcTemplate.class), size);
		List<String> leaves = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(9162);
		for (int i = 0; i < Math.min(count, 2000); i++) {
			leaves.add(view.entries(new EntryFilter(random.nextLong(size), null, null, null, null, null, null, 1)).get(0).leafHash());
		}
		for (int round = 0; round < 2; round++) {
			long[] inclusion = new long[count];
			long[] consistency = new long[count];
			for (int i = 0; i < count; i++) {
				String leaf = leaves.get(i % leaves.size());
				long t0 = System.nanoTime();
				view.inclusionProof(leaf, size);
				long t1 = System.nanoTime();
				long second = 1 + random.nextLong(size);
				view.consistencyProof(1 + random.nextLong(second), second);
				long t2 = System.nanoTime();
				inclusion[i] = t1 - t0;
				consistency[i] = t2 - t1;
			}
			System.out.printf("%s over %,d entries: inclusion %s; consistency %s%n", round == 0 ? "proofs (warm-up)" : "proofs", size,
					percentiles(inclusion), percentiles(consistency));
		}
	}

	/** Waits for the background indexer to index every entry, so that look-ups by hash use the index. */
	private static void awaitLeafIndex(JdbcTemplate jdbc, long size) {
		long start = System.nanoTime();
		while (jdbc.queryForObject("SELECT indexed FROM ledger_leaf_index_head WHERE id = 1", Long.class) < size) {
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		System.out.printf("leaf index caught up with %,d entries after %.1f s%n", size, (System.nanoTime() - start) / 1e9);
	}

	private static void verify(ConfigurableApplicationContext context) {
		LedgerAudit.Verification result = context.getBean(LedgerAudit.class).verify();
		System.out.printf("verify: %s, %,d entries, %,d tree heads, in %.2f s%n", result.verified() ? "verified" : "NOT VERIFIED " + result.problem(),
				result.entries(), result.treeHeads(), result.millis() / 1000.0);
	}

	private static String percentiles(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("p50 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.1f us", sorted[sorted.length / 2] / 1e3,
				sorted[(int) (sorted.length * 0.99)] / 1e3, sorted[(int) (sorted.length * 0.999)] / 1e3, sorted[sorted.length - 1] / 1e3);
	}

	private static String hex(SplittableRandom random) {
		byte[] bytes = new byte[32];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) random.nextInt(256);
		}
		return HexFormat.of().formatHex(bytes);
	}
}
