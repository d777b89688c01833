package org.reassure.monitoring;

import java.util.List;

/**
 * Published in the transaction that stores a batch of reports (listen with {@code @ApplicationModuleListener} or
 * {@code @TransactionalEventListener} to act after it commits): the batch and the reports it stored, in seq order.
 * A plain {@code @EventListener} runs on the pipeline's single writer thread and holds up every source: keep it
 * short.
 */
public record ReportBatchStored(ReportBatch batch, List<Report> reports) {
}
