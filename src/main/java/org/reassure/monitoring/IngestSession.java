package org.reassure.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.reassure.monitoring.pipeline.ReportPipeline;
import org.reassure.monitoring.pipeline.Submission;

/**
 * One sender's reports on their way into the pipeline: a {@link ReportSink} for a parser that refuses reports the
 * source may not send (another source's id, another source type) and hands the others on in submissions of at most
 * one batch. {@link #flush} waits until everything handed on is durable and says what became of it. One thread at a
 * time.
 */
public final class IngestSession implements ReportSink {

	/** Rejections beyond this many are counted, not listed. */
	public static final int MAX_REJECTIONS_LISTED = 1_000;

	private final MonitoringSource source;
	private final ReportFormat format;
	private final ReportPipeline pipeline;
	private final List<CompletableFuture<Submission.Outcome>> inFlight = new ArrayList<>();
	private final List<Rejection> rejections = new ArrayList<>();
	private Submission current;
	private int rejectionCount;
	private long unpositioned;

	IngestSession(MonitoringSource source, ReportFormat format, ReportPipeline pipeline) {
		this.source = source;
		this.format = format;
		this.pipeline = pipeline;
	}

	public MonitoringSource source() {
		return source;
	}

	@Override
	public void accept(Report report) {
		accept(report, InputUnit.ITEM, unpositioned++);
	}

	@Override
	public void accept(Report report, InputUnit unit, long index) {
		if (!report.sourceId().equals(source.id())) {
			reject(new Rejection(unit, index, "sourceId: these credentials belong to source " + source.id()
					+ "; a source sends only its own reports"));
			return;
		}
		if (report.sourceType() != source.sourceType()) {
			reject(new Rejection(unit, index, "sourceType: source " + source.id() + " is registered as " + source.sourceType() + ", not "
					+ report.sourceType()));
			return;
		}
		if (current == null) {
			current = pipeline.newSubmission(format);
		}
		current.add(report);
		if (current.isFull()) {
			send();
		}
	}

	@Override
	public void reject(Rejection rejection) {
		rejectionCount++;
		if (rejections.size() < MAX_REJECTIONS_LISTED) {
			rejections.add(rejection);
		}
	}

	/** Reports accepted and not yet flushed, or rejections not yet reported. */
	public boolean hasPending() {
		return (current != null && !current.isEmpty()) || !inFlight.isEmpty() || rejectionCount > 0;
	}

	public int rejectionCount() {
		return rejectionCount;
	}

	/** Waits until every accepted report is durable (up to the ack timeout) and reports what became of the input since the last flush. */
	public IngestReceipt flush() {
		CompletableFuture<IngestReceipt> receipt = flushAsync();
		try {
			return receipt.get(pipeline.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			throw new IngestUnavailable("the reports were not confirmed within " + pipeline.ackTimeout().toSeconds()
					+ " s; send them again (reports already stored count as duplicates)", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof IngestUnavailable unavailable ? unavailable : new IngestUnavailable("the reports could not be stored", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IngestUnavailable("interrupted while waiting for the commit", e);
		}
	}

	/**
	 * Hands everything accepted on (waiting for room in the queue if need be) and returns the receipt for the input
	 * since the last flush, completed once all of it is durable, or exceptionally with {@link IngestUnavailable}.
	 */
	public CompletableFuture<IngestReceipt> flushAsync() {
		send();
		List<CompletableFuture<Submission.Outcome>> submissions = List.copyOf(inFlight);
		int rejected = rejectionCount;
		List<Rejection> listed = List.copyOf(rejections);
		inFlight.clear();
		rejections.clear();
		rejectionCount = 0;
		return CompletableFuture.allOf(submissions.toArray(CompletableFuture[]::new)).thenApply(done -> {
			int accepted = 0;
			int duplicates = 0;
			for (CompletableFuture<Submission.Outcome> submission : submissions) {
				Submission.Outcome outcome = submission.join();
				accepted += outcome.stored() + outcome.duplicates();
				duplicates += outcome.duplicates();
			}
			return new IngestReceipt(accepted, duplicates, rejected, listed);
		});
	}

	/** Hands the current submission on; a full queue makes this wait (back-pressure). */
	private void send() {
		if (current != null && !current.isEmpty()) {
			Submission submission = current;
			current = null;
			inFlight.add(pipeline.submit(submission));
		}
	}
}
