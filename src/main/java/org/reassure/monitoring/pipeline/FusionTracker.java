package org.reassure.monitoring.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.fusion.FusionSettings;
import org.reassure.monitoring.fusion.IncidentFusion;

/**
 * Runs {@link IncidentFusion} over stored reports and gathers its changes into {@link IncidentWrites} until they are
 * {@link #take() taken}. It remembers the seq of each report of an open incident, to write it with the incident. A
 * closed incident needs no write: whether an incident is closed follows from its last observation and how far fusion
 * got. Single-threaded, like the fusion it wraps.
 *
 * <p>The fusion of one partition of the reports (Kafka mode) also sees reports of its neighbours' incidents: given an
 * ownership test, it writes only the incidents that hold at least one of its own reports, and deletes and announces
 * only incidents it wrote. An incident that reaches over several partitions' cells is written by each of them; seen
 * whole by each, it is the same incident.
 */
public final class FusionTracker {

	private final IncidentFusion fusion;
	/** Which reports are this fusion's own; null when all are. */
	private final Predicate<Report> owns;
	private final Map<ReportId, Long> seqs = new HashMap<>();
	/** The open reports that are this fusion's own, when not all are. */
	private final Set<ReportId> own = new HashSet<>();
	private final Set<IncidentId> written = new HashSet<>();
	private IncidentWrites writes = new IncidentWrites();
	private long handedBatch;
	private long newestObservedMs;
	private long late;

	FusionTracker(FusionSettings settings, GeoTagger tagger) {
		this(settings, tagger, null);
	}

	/** Writes only the incidents holding a report {@code owns} accepts. */
	public FusionTracker(FusionSettings settings, GeoTagger tagger, Predicate<Report> owns) {
		this.fusion = new IncidentFusion(settings, tagger, this::changed);
		this.owns = owns;
	}

	/**
	 * Fuses reports {@code [0, count)}, stored under {@code seqs}, from batches up to {@code batchId}. A report
	 * already open here (handed over again) is skipped.
	 */
	public void fuse(Report[] reports, long[] reportSeqs, int count, long batchId) {
		List<Report> fresh = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			if (seqs.putIfAbsent(reports[i].id(), reportSeqs[i]) != null) {
				continue;
			}
			fresh.add(reports[i]);
			if (owns != null && owns.test(reports[i])) {
				own.add(reports[i].id());
			}
			// a late report is older than the newest by definition, so the maximum needs no exception for it
			newestObservedMs = Math.max(newestObservedMs, reports[i].observedAt().toEpochMilli());
		}
		List<Report> refused = fusion.acceptAll(fresh);
		for (Report report : refused) {
			seqs.remove(report.id());
			own.remove(report.id());
		}
		late += refused.size();
		writes.fusedBatch = batchId;
		writes.newestObservedMs = newestObservedMs;
	}

	/**
	 * After a restore from stored incidents: deletes, with the next writes, a stored incident holding a report of this
	 * fusion's own that it no longer holds open, because another partition's fusion wrote its merge meanwhile; says
	 * whether it did. The incident it merged into holds the same report, so the same writes store it.
	 */
	public boolean deleteUnlessOpen(IncidentId id) {
		if (written.contains(id)) {
			return false;
		}
		writes.delete(id);
		return true;
	}

	/** The writes gathered since the last call; fusion goes on gathering into new ones. */
	public IncidentWrites take() {
		IncidentWrites taken = writes;
		writes = new IncidentWrites();
		writes.fusedBatch = taken.fusedBatch;
		writes.newestObservedMs = taken.newestObservedMs;
		handedBatch = taken.fusedBatch;
		return taken;
	}

	/** Changes to write, or at least progress to record (batches fused without a change, all late say). */
	public boolean hasWrites() {
		return !writes.isEmpty() || writes.fusedBatch > handedBatch;
	}

	/** Reports stored but never fused because they arrived too late for their time window; a rebuild fuses them. */
	public long late() {
		return late;
	}

	public int openIncidents() {
		return fusion.stats().openIncidents();
	}

	private void changed(IncidentChange change) {
		if (change instanceof IncidentChange.Created created) {
			track(change, created.incident());
		}
		else if (change instanceof IncidentChange.Updated updated) {
			track(change, updated.incident());
		}
		else if (change instanceof IncidentChange.MergedAway merged) {
			if (written.remove(merged.id())) {
				writes.changes.add(change);
				writes.delete(merged.id());
			}
		}
		else if (change instanceof IncidentChange.Closed closed) {
			for (ReportId id : closed.incident().reportIds()) {
				seqs.remove(id);
			}
			if (owns != null) {
				closed.incident().reportIds().forEach(own::remove);
			}
			if (written.remove(closed.incident().id())) {
				writes.changes.add(change);
			}
		}
	}

	private void track(IncidentChange change, Incident incident) {
		if (owns != null && incident.reportIds().stream().noneMatch(own::contains)) {
			return;
		}
		written.add(incident.id());
		writes.changes.add(change);
		StringBuilder reportSeqs = new StringBuilder(incident.reportIds().size() * 8);
		for (ReportId id : incident.reportIds()) {
			if (!reportSeqs.isEmpty()) {
				reportSeqs.append(',');
			}
			reportSeqs.append(seqs.get(id).longValue());
		}
		writes.upsert(incident, reportSeqs.toString());
	}
}
