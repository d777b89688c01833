package org.reassure.monitoring.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.ledger.LedgerReceipt;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportBatch;
import org.reassure.monitoring.ReportBatchStored;
import org.reassure.monitoring.ReportFormat;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.reassure.monitoring.store.MonitoringLog;
import org.reassure.monitoring.store.ReportBatches;
import org.reassure.monitoring.store.StoredReports;
import org.reassure.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one group of submissions as one transaction: the reports in one JDBC batch, then, if any was new, the batch
 * row and one ledger entry carrying the batch's Merkle root and report count, and the {@link ReportBatchStored}
 * event; the pipeline adds the incident writes waiting, so one durable commit serves both. Used by the writer thread
 * only: its flat arrays are reused from batch to batch.
 */
@Component
class BatchCommit {

	/** What the batch stored, and per submission how many of its reports were new and how many duplicates. */
	record Result(CommittedBatch batch, int[] stored, int[] duplicates) {
	}

	static final Actor PIPELINE = new Actor("monitoring:pipeline", null);

	private final StoredReports reports;
	private final ReportBatches batches;
	private final MonitoringLog log;
	private final Ledger ledger;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final BatchRoot root = new BatchRoot();
	private final Report[] flatReports;
	private final ReportFormat[] flatFormats;
	private final byte[][] flatContents;
	private final byte[] leaves;

	BatchCommit(StoredReports reports, ReportBatches batches, MonitoringLog log, Ledger ledger, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, MonitoringProperties properties) {
		this.reports = reports;
		this.batches = batches;
		this.log = log;
		this.ledger = ledger;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		int capacity = properties.pipeline().maxBatch();
		flatReports = new Report[capacity];
		flatFormats = new ReportFormat[capacity];
		flatContents = new byte[capacity][];
		leaves = new byte[capacity * CanonicalReport.LEAF_LENGTH];
	}

	/** Commits the submissions, and whatever {@code alongside} writes, in one transaction. */
	Result commit(List<Submission> submissions, Runnable alongside) {
		int count = flatten(submissions);
		try {
			return transactions.execute(status -> {
				Result result = write(submissions, count);
				alongside.run();
				return result;
			});
		}
		finally {
			Arrays.fill(flatReports, 0, count, null);
			Arrays.fill(flatContents, 0, count, null);
		}
	}

	private int flatten(List<Submission> submissions) {
		int count = 0;
		for (Submission submission : submissions) {
			System.arraycopy(submission.reports, 0, flatReports, count, submission.size);
			System.arraycopy(submission.contents, 0, flatContents, count, submission.size);
			Arrays.fill(flatFormats, count, count + submission.size, submission.format);
			System.arraycopy(submission.leaves, 0, leaves, count * CanonicalReport.LEAF_LENGTH, submission.size * CanonicalReport.LEAF_LENGTH);
			count += submission.size;
		}
		return count;
	}

	private Result write(List<Submission> submissions, int count) {
		MonitoringLog.Allocation allocation = log.allocate(count);
		int[] inserted = reports.insert(allocation.firstSeq(), allocation.batchId(), count, flatReports, flatFormats, flatContents);
		int[] stored = new int[submissions.size()];
		int[] duplicates = new int[submissions.size()];
		Report[] kept = new Report[count];
		long[] seqs = new long[count];
		int keptCount = 0;
		int row = 0;
		for (int s = 0; s < submissions.size(); s++) {
			for (int end = row + submissions.get(s).size; row < end; row++) {
				if (inserted[row] == 1) {
					kept[keptCount] = flatReports[row];
					seqs[keptCount] = allocation.firstSeq() + row;
					System.arraycopy(leaves, row * CanonicalReport.LEAF_LENGTH, leaves, keptCount * CanonicalReport.LEAF_LENGTH, CanonicalReport.LEAF_LENGTH);
					keptCount++;
					stored[s]++;
				}
				else {
					duplicates[s]++;
				}
			}
		}
		CommittedBatch committed = new CommittedBatch(allocation.batchId(), kept, seqs, keptCount, count);
		if (keptCount > 0) {
			record(committed, count - keptCount);
		}
		return new Result(committed, stored, duplicates);
	}

	private void record(CommittedBatch committed, int duplicateCount) {
		Instant now = clock.instant();
		String merkleRoot = HexFormat.of().formatHex(root.of(leaves, committed.count()));
		// a few distinct sources among many reports, in runs (a submission is one source's): hash once per run
		HashSet<String> distinct = new HashSet<>();
		String previous = null;
		for (int i = 0; i < committed.count(); i++) {
			String source = committed.reports()[i].sourceId();
			if (!source.equals(previous)) {
				distinct.add(source);
				previous = source;
			}
		}
		List<String> sources = distinct.stream().sorted().toList();
		LedgerReceipt receipt = ledger.record(LedgerEntry.of(PIPELINE, "monitoring.batch.stored",
				Map.of("batch", committed.batchId(), "reports", committed.count(), "duplicates", duplicateCount, "merkleRoot", merkleRoot,
						"firstSeq", committed.seqs()[0], "lastSeq", committed.seqs()[committed.count() - 1], "sources", sources)));
		ReportBatch batch = new ReportBatch(committed.batchId(), now, committed.seqs()[0], committed.seqs()[committed.count() - 1], committed.count(),
				duplicateCount, merkleRoot, receipt.sequence());
		batches.add(batch);
		events.publishEvent(new ReportBatchStored(batch, Collections.unmodifiableList(Arrays.asList(committed.reports()).subList(0, committed.count()))));
	}
}
