package org.reassure.monitoring.pipeline;

import org.reassure.monitoring.Report;

/**
 * The reports a batch stored, in seq order, on their way to fusion; {@code permits} is the room in the pipeline the
 * batch's submissions took, given back once it is fused.
 */
record CommittedBatch(long batchId, Report[] reports, long[] seqs, int count, int permits) {
}
