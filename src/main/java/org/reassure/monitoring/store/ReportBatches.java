package org.reassure.monitoring.store;

import java.time.Instant;
import java.util.Optional;

import org.reassure.monitoring.ReportBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The committed batches, each with its Merkle root and ledger entry.
 */
@Repository
public class ReportBatches {

	private static final String COLUMNS = "id, committed_at, first_seq, last_seq, report_count, duplicate_count, merkle_root, ledger_seq";

	private final JdbcClient jdbc;

	ReportBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(ReportBatch batch) {
		jdbc.sql("INSERT INTO monitoring_batches (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(batch.id(), batch.committedAt().toEpochMilli(), batch.firstSeq(), batch.lastSeq(), batch.reports(), batch.duplicates(),
					batch.merkleRoot(), batch.ledgerSequence())
			.update();
	}

	public Optional<ReportBatch> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_batches WHERE id = ?")
			.param(id)
			.query((rs, n) -> new ReportBatch(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getLong(3), rs.getLong(4), rs.getInt(5),
					rs.getInt(6), rs.getString(7), rs.getLong(8)))
			.optional();
	}

	/** The last seq stored by batches up to {@code batchId}, 0 when there are none. */
	public long lastSeqUpTo(long batchId) {
		return jdbc.sql("SELECT COALESCE(MAX(last_seq), 0) FROM monitoring_batches WHERE id <= ?").param(batchId).query(Long.class).single();
	}
}
