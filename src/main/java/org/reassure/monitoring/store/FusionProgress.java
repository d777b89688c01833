package org.reassure.monitoring.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.reassure.shared.DerivedState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far the fusion of each partition of the report topic got (Kafka mode): derived state, like the incidents. */
@Repository
@DerivedState
public class FusionProgress {

	/**
	 * Partition {@code partition} fused the batches up to {@code fusedBatch} whole, its reports up to seq
	 * {@code fusedSeq} (a poll may end within a batch), and saw observations up to {@code newestObservedMs}.
	 */
	public record Partition(int partition, long fusedBatch, long fusedSeq, long newestObservedMs) {
	}

	private final JdbcClient jdbc;

	FusionProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(Partition progress) {
		jdbc.sql("""
				INSERT INTO monitoring_fusion_progress (partition_no, fused_batch, fused_seq, fused_newest) VALUES (?, ?, ?, ?)
				ON CONFLICT (partition_no) DO UPDATE
				SET fused_batch = excluded.fused_batch, fused_seq = excluded.fused_seq, fused_newest = excluded.fused_newest""")
			.params(progress.partition(), progress.fusedBatch(), progress.fusedSeq(), progress.newestObservedMs())
			.update();
	}

	public Optional<Partition> of(int partition) {
		return jdbc.sql("SELECT partition_no, fused_batch, fused_seq, fused_newest FROM monitoring_fusion_progress WHERE partition_no = ?")
			.param(partition)
			.query(FusionProgress::map)
			.optional();
	}

	public List<Partition> all() {
		return jdbc.sql("SELECT partition_no, fused_batch, fused_seq, fused_newest FROM monitoring_fusion_progress ORDER BY partition_no")
			.query(FusionProgress::map)
			.list();
	}

	private static Partition map(ResultSet rs, int row) throws SQLException {
		return new Partition(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
	}
}
