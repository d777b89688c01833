package org.reassure.monitoring;

import java.util.List;

/**
 * Published in the transaction that writes what fusion made of one or more committed batches, up to
 * {@code fusedBatch}: incidents created, updated with new reports, merged away into another, or closed, in the order
 * fusion announced them. Listen after commit ({@code @ApplicationModuleListener}); the same rules as for
 * {@link ReportBatchStored} apply to plain listeners.
 */
public record IncidentsChanged(long fusedBatch, List<IncidentChange> changes) {
}
