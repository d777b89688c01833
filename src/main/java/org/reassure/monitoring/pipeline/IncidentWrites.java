package org.reassure.monitoring.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reassure.monitoring.Incident;
import org.reassure.monitoring.store.IncidentRow;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;

/**
 * What fusion changed since the last writes were taken, reduced to the writes that bring the stored incidents up to
 * date: the latest state of each changed incident with the seqs of its reports, the incidents that merged away, the
 * changes themselves for listeners, and how far fusion got (the last batch fused, the newest observation seen).
 * Successive steps coalesce: an incident changed in several steps is written once.
 */
public final class IncidentWrites {

	final Map<IncidentId, IncidentRow> upserts = new LinkedHashMap<>();
	final Set<IncidentId> deleted = new LinkedHashSet<>();
	final List<IncidentChange> changes = new ArrayList<>();
	long fusedBatch;
	long newestObservedMs;

	void upsert(Incident incident, String reportSeqs) {
		upserts.put(incident.id(), new IncidentRow(incident, reportSeqs));
		deleted.remove(incident.id());
	}

	void delete(IncidentId id) {
		upserts.remove(id);
		deleted.add(id);
	}

	boolean isEmpty() {
		return changes.isEmpty();
	}

	/** The last batch fused into these writes. */
	public long fusedBatch() {
		return fusedBatch;
	}

	/** The newest observation fusion had seen. */
	public long newestObservedMs() {
		return newestObservedMs;
	}
}
