package org.reassure.monitoring;

import java.util.List;
import java.util.Optional;

import org.reassure.monitoring.store.ReportBatches;
import org.reassure.monitoring.store.StoredIncidents;
import org.reassure.monitoring.store.StoredReports;
import org.springframework.stereotype.Service;

/**
 * Read access to what monitoring holds: incidents for maps and reports, their reports, and the committed batches
 * with what a verifier needs to check them against the ledger.
 */
@Service
public class MonitoringRecord {

	private final StoredIncidents incidents;
	private final StoredReports reports;
	private final ReportBatches batches;
	private final GeoTagger tagger;

	MonitoringRecord(StoredIncidents incidents, StoredReports reports, ReportBatches batches, GeoTagger tagger) {
		this.incidents = incidents;
		this.reports = reports;
		this.batches = batches;
		this.tagger = tagger;
	}

	/** Uses the index on (oblast, first observation) when the query names an oblast. */
	public List<IncidentSummary> incidents(IncidentQuery query) {
		return incidents.find(query);
	}

	public Optional<IncidentDetail> incident(IncidentId id) {
		return incidents.find(id)
			.map(incident -> new IncidentDetail(incident,
					reports.bySeqs(incidents.reportSeqs(id)).stream().map(stored -> IncidentReport.tagged(stored, tagger)).toList()));
	}

	public Optional<ReportBatch> batch(long id) {
		return batches.find(id);
	}

	/** The batch's reports in seq order: their leaf hashes give back the batch's Merkle root. */
	public List<StoredReport> reportsOf(ReportBatch batch) {
		return reports.inBatch(batch.firstSeq(), batch.lastSeq());
	}
}
