package org.reassure.monitoring.pipeline;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportFormat;

/**
 * Reports of one source on their way to the writer, already validated, encoded and hashed by the
 * submitting thread, in parallel arrays (grown by doubling up to a fixed capacity) so the writer's loop allocates
 * nothing per report. It completes when the batch that carries it has committed.
 */
public final class Submission {

	/** What became of a submission's reports: newly stored, or already stored before (a redelivery). */
	public record Outcome(int stored, int duplicates) {
	}

	private static final int INITIAL_CAPACITY = 16;

	final ReportFormat format;
	final CompletableFuture<Outcome> done = new CompletableFuture<>();
	private final int capacity;
	Report[] reports = new Report[INITIAL_CAPACITY];
	byte[][] contents = new byte[INITIAL_CAPACITY][];
	byte[] leaves = new byte[INITIAL_CAPACITY * CanonicalReport.LEAF_LENGTH];
	int size;

	Submission(ReportFormat format, int capacity) {
		this.format = format;
		this.capacity = capacity;
	}

	/** Adds a report; false when the submission is full. */
	public boolean add(Report report) {
		if (size == capacity) {
			return false;
		}
		if (size == reports.length) {
			grow(Math.min(capacity, size * 2));
		}
		byte[] content = CanonicalReport.encode(report);
		CanonicalReport.leaf(content, leaves, size * CanonicalReport.LEAF_LENGTH);
		reports[size] = report;
		contents[size] = content;
		size++;
		return true;
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	public boolean isFull() {
		return size == capacity;
	}

	private void grow(int length) {
		reports = Arrays.copyOf(reports, length);
		contents = Arrays.copyOf(contents, length);
		leaves = Arrays.copyOf(leaves, length * CanonicalReport.LEAF_LENGTH);
	}

	/** Completes once the reports are durable, or exceptionally when their batch could not be written. */
	public CompletableFuture<Outcome> done() {
		return done;
	}
}
