package org.reassure.monitoring.pipeline;

import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.reassure.monitoring.store.MonitoringLog;
import org.reassure.monitoring.store.StoredIncidents;
import org.reassure.monitoring.store.StoredReports;
import org.springframework.stereotype.Component;

/**
 * Recomputes every incident from the raw reports, in the caller's transaction: forgets the stored incidents, fuses
 * all reports in observation order (so none is late) in chunks, writes each chunk's changes as the live pipeline
 * would, and marks every batch fused. Incidents still inside their time window at the end stay open, as they would
 * in the live pipeline.
 */
@Component
public class IncidentRebuilder {

	private static final int CHUNK = 8_192;

	private final StoredReports reports;
	private final StoredIncidents incidents;
	private final MonitoringLog log;
	private final IncidentCommit commit;
	private final MonitoringProperties properties;
	private final GeoTagger tagger;

	IncidentRebuilder(StoredReports reports, StoredIncidents incidents, MonitoringLog log, IncidentCommit commit, MonitoringProperties properties,
			GeoTagger tagger) {
		this.reports = reports;
		this.incidents = incidents;
		this.log = log;
		this.commit = commit;
		this.properties = properties;
		this.tagger = tagger;
	}

	/** Returns how many reports were fused. */
	public long rebuild() {
		incidents.clear();
		long lastBatch = log.lastBatch();
		FusionTracker tracker = new FusionTracker(properties.fusion().settings(), tagger);
		Report[] chunk = new Report[CHUNK];
		long[] seqs = new long[CHUNK];
		int[] filled = { 0 };
		long[] total = { 0 };
		reports.inObservationOrder(stored -> {
			chunk[filled[0]] = stored.report();
			seqs[filled[0]] = stored.seq();
			if (++filled[0] == CHUNK) {
				tracker.fuse(chunk, seqs, CHUNK, lastBatch);
				commit.write(tracker.take());
				total[0] += CHUNK;
				filled[0] = 0;
			}
		});
		tracker.fuse(chunk, seqs, filled[0], lastBatch);
		IncidentWrites last = tracker.take();
		commit.write(last);
		log.markFused(lastBatch, last.newestObservedMs);
		return total[0] + filled[0];
	}
}
