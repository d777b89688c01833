package org.reassure.monitoring.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;

/**
 * What fusion changed in one step, reduced to the writes that bring the stored incidents up to date: the latest state
 * of each changed incident (closed or not), the reports that moved to another incident, the incidents that merged
 * away, and the changes themselves for listeners.
 */
final class IncidentWrites {

	final Map<IncidentId, Incident> upserts = new LinkedHashMap<>();
	final Set<IncidentId> closed = new HashSet<>();
	final Set<IncidentId> deleted = new LinkedHashSet<>();
	final List<IncidentChange> changes = new ArrayList<>();
	long[] linkSeqs = new long[16];
	IncidentId[] linkIncidents = new IncidentId[16];
	int links;
	long fusedBatch;

	void upsert(Incident incident, boolean isClosed) {
		upserts.put(incident.id(), incident);
		deleted.remove(incident.id());
		if (isClosed) {
			closed.add(incident.id());
		}
	}

	void delete(IncidentId id) {
		upserts.remove(id);
		closed.remove(id);
		deleted.add(id);
	}

	void link(long seq, IncidentId incident) {
		if (links == linkSeqs.length) {
			linkSeqs = Arrays.copyOf(linkSeqs, links * 2);
			linkIncidents = Arrays.copyOf(linkIncidents, links * 2);
		}
		linkSeqs[links] = seq;
		linkIncidents[links] = incident;
		links++;
	}

	boolean isEmpty() {
		return upserts.isEmpty() && deleted.isEmpty() && links == 0;
	}
}
