package org.reassure.monitoring.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentsChanged;
import org.reassure.monitoring.store.MonitoringLog;
import org.reassure.monitoring.store.StoredIncidents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Brings the stored incidents up to date with what fusion did, in the caller's transaction: upserts, deletions of
 * merged-away incidents, and how far fusion got, in step order.
 */
@Component
class IncidentCommit {

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
		if (!changes.isEmpty()) {
			events.publishEvent(new IncidentsChanged(last.fusedBatch, List.copyOf(changes)));
		}
	}

	/** Writes one step, without an event: a rebuild's steps. */
	void write(IncidentWrites step) {
		Instant now = clock.instant();
		incidents.upsert(new ArrayList<>(step.upserts.values()), now);
		incidents.delete(step.deleted);
	}
}
