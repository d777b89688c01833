package org.reassure.monitoring.kafka;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.pipeline.FusionTracker;
import org.reassure.monitoring.pipeline.IncidentWrites;
import org.reassure.monitoring.store.FusionProgress;

/**
 * The fusion of one partition of the report topic: every report of the partition's cells and of their halo, writing
 * only the incidents that hold a report of the partition's own cells. Used by one consumer thread.
 */
final class PartitionFusion {

	private final int partition;
	private final FusionTracker tracker;
	private long fusedBatch;
	private long fusedSeq;
	private long newestObservedMs;

	PartitionFusion(int partition, FusionTracker tracker, FusionProgress.Partition restoredFrom) {
		this.partition = partition;
		this.tracker = tracker;
		this.fusedBatch = restoredFrom.fusedBatch();
		this.fusedSeq = restoredFrom.fusedSeq();
		this.newestObservedMs = restoredFrom.newestObservedMs();
	}

	/** Fuses reports (in the order given) stored before, as when the partition is restored. */
	void fuse(Report[] reports, long[] seqs) {
		tracker.fuse(reports, seqs, reports.length, fusedBatch);
	}

	/** Fuses the records of one poll; an end-of-batch record moves the partition's fused batch on. */
	void fuse(List<ConsumerRecord<String, byte[]>> records) {
		Report[] reports = new Report[records.size()];
		long[] seqs = new long[records.size()];
		int count = 0;
		for (ConsumerRecord<String, byte[]> record : records) {
			ReportRecords.Value value = ReportRecords.decode(record.value());
			if (value.report() == null) {
				fusedBatch = Math.max(fusedBatch, value.batchEnd());
			}
			else {
				reports[count] = value.report();
				seqs[count++] = value.seq();
				fusedSeq = Math.max(fusedSeq, value.seq());
			}
		}
		tracker.fuse(reports, seqs, count, fusedBatch);
	}

	/** The incident writes gathered since the last call. */
	IncidentWrites take() {
		IncidentWrites writes = tracker.take();
		newestObservedMs = Math.max(newestObservedMs, writes.newestObservedMs());
		return writes;
	}

	/** How far the partition got, as of the last {@link #take()}. */
	FusionProgress.Partition progress() {
		return new FusionProgress.Partition(partition, fusedBatch, fusedSeq, newestObservedMs);
	}

	long lateReports() {
		return tracker.late();
	}

	int openIncidents() {
		return tracker.openIncidents();
	}
}
