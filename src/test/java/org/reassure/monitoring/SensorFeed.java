package org.reassure.monitoring;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.reassure.monitoring.SensorDocuments.Document;

/** Sends pre-serialised documents to a platform's {@link ReportIngest} as sensors would: flat out, or paced. */
public final class SensorFeed {

	/** A flat-out run: the reports accepted, when it started and when the last was acknowledged, and the producers' CPU. */
	public record Burst(int accepted, long startNanos, long acknowledgedNanos, long producerCpuNanos) {

		/** Reports a second from the start until {@code endNanos}. */
		public double rate(int reports, long endNanos) {
			return reports / ((endNanos - startNanos) / 1e9);
		}
	}

	/** A paced run: the rate achieved, and each document's time to acknowledgement, sorted. */
	public record Paced(double achieved, long[] acknowledgements) {

		/** The run's line, with the sorted times from submission to incident visible of the sampled reports. */
		public String summary(int rate, int seconds, long[] visible) {
			return String.format(Locale.ROOT, "paced at %d reports/s for %d s (achieved %.0f/s): acknowledgement p50 %.1f ms, p99 %.1f ms; "
					+ "report to incident visible (n=%d) p50 %.1f ms, p99 %.1f ms, max %.1f ms", rate, seconds, achieved, percentile(acknowledgements, 50),
					percentile(acknowledgements, 99), visible.length, percentile(visible, 50), percentile(visible, 99),
					visible.length == 0 ? 0 : visible[visible.length - 1] / 1e6);
		}
	}

	private final ReportIngest ingest;

	public SensorFeed(ReportIngest ingest) {
		this.ingest = ingest;
	}

	/** Sends every slice from {@code producers} threads and waits until every report is acknowledged (durably stored). */
	public Burst burst(List<List<Document>> slices, int producers) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicIntegerArray submitted = new AtomicIntegerArray(slices.size());
		ConcurrentLinkedQueue<CompletableFuture<IngestReceipt>> pending = new ConcurrentLinkedQueue<>();
		CountDownLatch done = new CountDownLatch(producers);
		AtomicLong producerCpu = new AtomicLong();
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
		return new Burst(accepted, start, System.nanoTime(), producerCpu.get());
	}

	/** Sends the slices from this thread at {@code rate} reports a second and waits for every acknowledgement. */
	public Paced paced(List<List<Document>> slices, int rate, IncidentVisibility visibility) {
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
				visibility.submitted(document, submitted);
				acks.add(send(document).whenComplete((receipt, failure) -> ackLatencies.add(System.nanoTime() - submitted)));
				sent += document.reports();
			}
		}
		acks.forEach(CompletableFuture::join);
		double achieved = sent / ((System.nanoTime() - begin) / 1e9);
		return new Paced(achieved, ackLatencies.stream().mapToLong(Long::longValue).sorted().toArray());
	}

	public CompletableFuture<IngestReceipt> send(Document document) {
		IngestSession session = ingest.open(document.source(), document.format());
		ingest.parser(document.format()).parse(new ByteArrayInputStream(document.bytes()), session);
		return session.flushAsync();
	}

	/** Waits until the incidents of every batch committed are written and nothing waits in the queue. */
	public void awaitFused() throws InterruptedException {
		PipelineStats stats = ingest.stats();
		while (stats.fusedBatch() < stats.lastBatch() || stats.queuedReports() > 0) {
			Thread.sleep(2);
			stats = ingest.stats();
		}
	}

	/** In milliseconds; NaN when there is no sample. */
	public static double percentile(long[] sortedNanos, int percentile) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1)] / 1e6;
	}
}
