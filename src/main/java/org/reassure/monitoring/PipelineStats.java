package org.reassure.monitoring;

/**
 * The ingest pipeline since this instance started: reports waiting (queued, or committed and not yet fused),
 * reports stored and refused as duplicates, batches committed, the last batch committed and the last one whose
 * incidents are written, reports too late to fuse, the incidents fusion holds open, and the incident writes that
 * failed and were tried again (a count that keeps rising means fusion cannot write to the database).
 */
public record PipelineStats(boolean running, int queuedReports, long storedReports, long duplicateReports, long batches, long lastBatch,
		long fusedBatch, long lateReports, int openIncidents, long failedIncidentWrites) {
}
