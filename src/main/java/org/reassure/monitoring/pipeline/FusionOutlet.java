package org.reassure.monitoring.pipeline;

import org.reassure.monitoring.Report;

/**
 * Where committed reports go when fusion runs outside this pipeline (the Kafka mode): the pipeline hands each
 * committed batch over in commit order, from one thread, and fuses nothing itself.
 */
public interface FusionOutlet {

	/** Hands reports {@code [0, count)} of batch {@code batchId}, stored under {@code seqs}, over; returns once they are durably handed over. */
	void handOver(long batchId, Report[] reports, long[] seqs, int count);

	/** The last batch whose incidents every partition's fusion has written. */
	long fusedBatch();

	/** Reports too late for their time window, in the partitions this instance fuses. */
	long lateReports();

	/** The incidents open in the partitions this instance fuses. */
	int openIncidents();

	/** Incident writes of the partitions this instance fuses that failed, to be fused and written again. */
	long failedIncidentWrites();
}
