package org.reassure.monitoring.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.reassure.shared.DerivedState;
import org.springframework.stereotype.Repository;

/**
 * The writer's counters. Bumping them first in a batch transaction locks the row (PostgreSQL) or the database
 * (SQLite) until commit, so seqs and batch ids are never handed out twice, even by two writers.
 */
@Repository
@DerivedState
public class MonitoringLog {

	/** Seqs {@code firstSeq .. firstSeq + count - 1} and the batch id, reserved for one batch. */
	public record Allocation(long firstSeq, long batchId) {
	}

	private final JdbcClient jdbc;

	MonitoringLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Allocation allocate(int count) {
		jdbc.sql("UPDATE monitoring_log SET last_seq = last_seq + ?, last_batch = last_batch + 1 WHERE id = 1").param(count).update();
		return jdbc.sql("SELECT last_seq, last_batch FROM monitoring_log WHERE id = 1")
			.query((rs, n) -> new Allocation(rs.getLong(1) - count + 1, rs.getLong(2)))
			.single();
	}

	public long lastBatch() {
		return jdbc.sql("SELECT last_batch FROM monitoring_log WHERE id = 1").query(Long.class).single();
	}

	/** The last batch whose reports are fused and whose incidents are written. */
	public long fusedBatch() {
		return jdbc.sql("SELECT fused_batch FROM monitoring_log WHERE id = 1").query(Long.class).single();
	}

	/** The in-process fusion has fused batches up to {@code batchId} and seen observations up to {@code newestObservedMs}. */
	public void markFused(long batchId, long newestObservedMs) {
		jdbc.sql("UPDATE monitoring_log SET fused_batch = ?, fused_newest = ?, embedded_newest = ? WHERE id = 1")
			.params(batchId, newestObservedMs, newestObservedMs)
			.update();
	}

	/** The newest observation the in-process fusion had seen at {@link #fusedBatch()}; partitions do not move it. */
	public long embeddedNewest() {
		return jdbc.sql("SELECT embedded_newest FROM monitoring_log WHERE id = 1").query(Long.class).single();
	}

	/** The newest observation fusion had seen when it last wrote its incidents. */
	public long fusedNewest() {
		return jdbc.sql("SELECT fused_newest FROM monitoring_log WHERE id = 1").query(Long.class).single();
	}

	/** Fusion in a partition has seen observations up to {@code newestObservedMs}; keeps the newest of all partitions. */
	public void raiseNewest(long newestObservedMs) {
		jdbc.sql("UPDATE monitoring_log SET fused_newest = ? WHERE id = 1 AND fused_newest < ?").params(newestObservedMs, newestObservedMs).update();
	}
}
