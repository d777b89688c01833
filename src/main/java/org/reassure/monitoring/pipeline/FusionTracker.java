package org.reassure.monitoring.pipeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.fusion.FusionSettings;
import org.reassure.monitoring.fusion.IncidentFusion;

/**
 * Runs {@link IncidentFusion} over stored reports and turns its changes into {@link IncidentWrites}. It remembers, for
 * each report of an open incident, its seq and the incident it is stored under, so a report's link is written only
 * when it moves. Single-threaded, like the fusion it wraps.
 */
final class FusionTracker {

	/** An open report: its seq, and the incident its stored link points to (null before the first). */
	private static final class OpenReport {

		final long seq;
		IncidentId linkedTo;

		OpenReport(long seq, IncidentId linkedTo) {
			this.seq = seq;
			this.linkedTo = linkedTo;
		}
	}

	private final IncidentFusion fusion;
	private final Map<ReportId, OpenReport> open = new HashMap<>();
	private IncidentWrites writes = new IncidentWrites();
	private long late;

	FusionTracker(FusionSettings settings, GeoTagger tagger) {
		this.fusion = new IncidentFusion(settings, tagger, this::changed);
	}

	/** A report whose stored link already points at {@code linkedTo}, before it is fused again after a restart. */
	void alreadyLinked(Report report, long seq, IncidentId linkedTo) {
		open.put(report.id(), new OpenReport(seq, linkedTo));
	}

	/** Fuses reports {@code [0, count)}, stored under {@code seqs}, and returns the writes for batches up to {@code batchId}. */
	IncidentWrites fuse(Report[] reports, long[] seqs, int count, long batchId) {
		for (int i = 0; i < count; i++) {
			open.putIfAbsent(reports[i].id(), new OpenReport(seqs[i], null));
		}
		List<Report> refused = fusion.acceptAll(Arrays.asList(reports).subList(0, count));
		for (Report report : refused) {
			open.remove(report.id());
		}
		late += refused.size();
		IncidentWrites result = writes;
		result.fusedBatch = batchId;
		writes = new IncidentWrites();
		return result;
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
			writes.upsert(closed.incident(), true);
			closed.incident().reportIds().forEach(open::remove);
		}
	}

	private void track(Incident incident) {
		writes.upsert(incident, false);
		for (ReportId id : incident.reportIds()) {
			OpenReport report = open.get(id);
			if (!incident.id().equals(report.linkedTo)) {
				writes.link(report.seq, incident.id());
				report.linkedTo = incident.id();
			}
		}
	}
}
