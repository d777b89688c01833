package org.reassure.monitoring.pipeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.fusion.FusionSettings;
import org.reassure.monitoring.fusion.IncidentFusion;

/**
 * Runs {@link IncidentFusion} over stored reports and gathers its changes into {@link IncidentWrites} until they are
 * {@link #take() taken}. It remembers the seq of each report of an open incident, to write it with the incident. A
 * closed incident needs no write: whether an incident is closed follows from its last observation and how far fusion
 * got. Single-threaded, like the fusion it wraps.
 */
final class FusionTracker {

	private final IncidentFusion fusion;
	private final Map<ReportId, Long> seqs = new HashMap<>();
	private IncidentWrites writes = new IncidentWrites();
	private long handedBatch;
	private long newestObservedMs;
	private long late;

	FusionTracker(FusionSettings settings, GeoTagger tagger) {
		this.fusion = new IncidentFusion(settings, tagger, this::changed);
	}

	/** Fuses reports {@code [0, count)}, stored under {@code seqs}, from batches up to {@code batchId}. */
	void fuse(Report[] reports, long[] reportSeqs, int count, long batchId) {
		for (int i = 0; i < count; i++) {
			seqs.put(reports[i].id(), reportSeqs[i]);
			// a late report is older than the newest by definition, so the maximum needs no exception for it
			newestObservedMs = Math.max(newestObservedMs, reports[i].observedAt().toEpochMilli());
		}
		List<Report> refused = fusion.acceptAll(Arrays.asList(reports).subList(0, count));
		for (Report report : refused) {
			seqs.remove(report.id());
		}
		late += refused.size();
		writes.fusedBatch = batchId;
		writes.newestObservedMs = newestObservedMs;
	}

	/** The writes gathered since the last call; fusion goes on gathering into new ones. */
	IncidentWrites take() {
		IncidentWrites taken = writes;
		writes = new IncidentWrites();
		writes.fusedBatch = taken.fusedBatch;
		writes.newestObservedMs = taken.newestObservedMs;
		handedBatch = taken.fusedBatch;
		return taken;
	}

	/** Changes to write, or at least progress to record (batches fused without a change, all late say). */
	boolean hasWrites() {
		return !writes.isEmpty() || writes.fusedBatch > handedBatch;
	}

	/** Reports stored but never fused because they arrived too late for their time window; a rebuild fuses them. */
	long late() {
		return late;
	}

	int openIncidents() {
		return fusion.stats().openIncidents();
	}

	private void changed(IncidentChange change) {
		writes.changes.add(change);
		if (change instanceof IncidentChange.Created created) {
			track(created.incident());
		}
		else if (change instanceof IncidentChange.Updated updated) {
			track(updated.incident());
		}
		else if (change instanceof IncidentChange.MergedAway merged) {
			writes.delete(merged.id());
		}
		else if (change instanceof IncidentChange.Closed closed) {
			closed.incident().reportIds().forEach(seqs::remove);
		}
	}

	private void track(Incident incident) {
		StringJoiner reportSeqs = new StringJoiner(",");
		for (ReportId id : incident.reportIds()) {
			reportSeqs.add(Long.toString(seqs.get(id)));
		}
		writes.upsert(incident, reportSeqs.toString());
	}
}
