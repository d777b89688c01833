package org.reassure.monitoring.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentsChanged;
import org.reassure.monitoring.store.IncidentRow;
import org.reassure.monitoring.store.MonitoringLog;
import org.reassure.monitoring.store.StoredIncidents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Brings the stored incidents up to date with what fusion did, in the caller's transaction: upserts, deletions of
 * merged-away incidents, and how far fusion got, in step order.
 */
@Component
public class IncidentCommit {

	private final StoredIncidents incidents;
	private final MonitoringLog log;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IncidentCommit(StoredIncidents incidents, MonitoringLog log, ApplicationEventPublisher events, Clock clock) {
		this.incidents = incidents;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the steps and publishes their changes as one {@link IncidentsChanged}. */
	void apply(List<IncidentWrites> steps) {
		List<IncidentChange> changes = new ArrayList<>();
		for (IncidentWrites step : steps) {
			write(step);
			changes.addAll(step.changes);
		}
		IncidentWrites last = steps.get(steps.size() - 1);
		log.markFused(last.fusedBatch, last.newestObservedMs);
		announce(last.fusedBatch, changes);
	}

	/**
	 * Writes the steps of the fusion of several partitions as one set of upserts and one of deletions, each in id order
	 * across the partitions, and publishes their changes; how far fusion got is the caller's to record, per partition.
	 */
	public void applyPartitions(List<IncidentWrites> steps) {
		// an incident across two partitions of this member is in both steps: written once, in its fuller version
		Map<IncidentId, IncidentRow> upserts = new HashMap<>();
		Set<IncidentId> deleted = new HashSet<>();
		for (IncidentWrites step : steps) {
			step.upserts.forEach((id, row) -> upserts.merge(id, row, IncidentCommit::fuller));
			deleted.addAll(step.deleted);
		}
		write(upserts.values(), deleted);
		steps.forEach(step -> announce(step.fusedBatch, step.changes));
	}

	private static IncidentRow fuller(IncidentRow one, IncidentRow other) {
		return one.incident().reportIds().size() >= other.incident().reportIds().size() ? one : other;
	}

	private void announce(long fusedBatch, List<IncidentChange> changes) {
		if (!changes.isEmpty()) {
			events.publishEvent(new IncidentsChanged(fusedBatch, List.copyOf(changes)));
		}
	}

	/** Writes one step, without an event: a rebuild's steps. */
	void write(IncidentWrites step) {
		write(step.upserts.values(), step.deleted);
	}

	private void write(Collection<IncidentRow> upserts, Set<IncidentId> deleted) {
		incidents.upsert(upserts, clock.instant());
		incidents.delete(deleted);
	}
}
