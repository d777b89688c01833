package org.reassure.monitoring;

import java.util.Map;

import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.monitoring.pipeline.IncidentRebuilder;
import org.reassure.monitoring.pipeline.ReportPipeline;
import org.reassure.monitoring.store.StoredIncidents;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents are derived data: this recomputes all of them from the raw reports, in one transaction, and gives the
 * same incidents as the live pipeline did (reports that came too late to be fused live are fused now). It runs
 * while this instance's pipeline is stopped ({@code reassure monitoring rebuild} with the platform down).
 */
@Service
public class IncidentRebuild {

	private final IncidentRebuilder rebuilder;
	private final ReportPipeline pipeline;
	private final StoredIncidents incidents;
	private final Ledger ledger;
	private final ApplicationEventPublisher events;

	IncidentRebuild(IncidentRebuilder rebuilder, ReportPipeline pipeline, StoredIncidents incidents, Ledger ledger, ApplicationEventPublisher events) {
		this.rebuilder = rebuilder;
		this.pipeline = pipeline;
		this.incidents = incidents;
		this.ledger = ledger;
		this.events = events;
	}

	@Transactional
	public IncidentsRebuilt rebuild(Actor actor) {
		if (pipeline.isRunning()) {
			throw new Conflict("pipeline", "the ingest pipeline of this instance is running; stop the platform and run the rebuild from the command line");
		}
		long reports = rebuilder.rebuild();
		IncidentsRebuilt result = new IncidentsRebuilt(reports, incidents.count());
		ledger.record(LedgerEntry.of(actor, "monitoring.incidents.rebuilt", Map.of("reports", result.reports(), "incidents", result.incidents())));
		events.publishEvent(result);
		return result;
	}
}
