package org.reassure.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.reassure.monitoring.SensorDocuments.Document;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For the sampled reports of the documents sent, the time from submission until the commit of the transaction that
 * first announces an incident holding the report: from then on the incident with the report is readable through the
 * API and the database. Watches every platform that writes incidents.
 */
public final class IncidentVisibility {

	private final Map<ReportId, Long> sampled = new ConcurrentHashMap<>();
	private final ConcurrentLinkedQueue<Long> visible = new ConcurrentLinkedQueue<>();

	public void watch(ConfigurableApplicationContext platform) {
		platform.addApplicationListener(new ApplicationListener<PayloadApplicationEvent<?>>() {
			@Override
			public void onApplicationEvent(PayloadApplicationEvent<?> event) {
				if (event.getPayload() instanceof IncidentsChanged changed) {
					timeOnCommit(changed);
				}
			}
		});
	}

	void submitted(Document document, long nanos) {
		for (Report report : document.sampled()) {
			sampled.put(report.id(), nanos);
		}
	}

	/** The times from submission to incident visible so far, sorted, in nanoseconds. */
	public long[] latencies() {
		return visible.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	private void timeOnCommit(IncidentsChanged changed) {
		List<Long> submissions = new ArrayList<>();
		for (IncidentChange change : changed.changes()) {
			Incident incident = change instanceof IncidentChange.Created created ? created.incident()
					: change instanceof IncidentChange.Updated updated ? updated.incident() : null;
			for (ReportId id : incident == null ? List.<ReportId>of() : incident.reportIds()) {
				Long submitted = sampled.remove(id);
				if (submitted != null) {
					submissions.add(submitted);
				}
			}
		}
		if (!submissions.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					long now = System.nanoTime();
					submissions.forEach(submitted -> visible.add(now - submitted));
				}
			});
		}
	}
}
