package org.reassure.monitoring;

import java.time.Instant;

/**
 * A group commit of reports: the reports it stored (seq {@code firstSeq} to {@code lastSeq}, with gaps where a
 * duplicate was refused), the RFC 9162 Merkle root of their leaves in seq order, and the ledger entry that records
 * that root.
 */
public record ReportBatch(long id, Instant committedAt, long firstSeq, long lastSeq, int reports, int duplicates, String merkleRoot,
		long ledgerSequence) {
}
