package org.reassure.monitoring.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportFormat;
import org.reassure.monitoring.StoredReport;
import org.reassure.monitoring.pipeline.CanonicalReport;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The raw reports: inserted once, never updated or deleted. A report whose source and event uid are already stored
 * is refused by the unique key, and the insert says so with an update count of 0.
 */
@Repository
public class StoredReports {

	private static final String INSERT = """
			INSERT INTO monitoring_reports (seq, source_id, event_uid, observed_at, format, batch_id, content)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, event_uid) DO NOTHING""";
	private static final String COLUMNS = "r.seq, r.format, r.batch_id, r.content";
	private static final int FETCH_SIZE = 4096;
	private static final int IN_LIST = 500;

	private final JdbcTemplate jdbcTemplate;
	private final JdbcClient jdbc;

	StoredReports(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
	}

	/**
	 * Inserts rows {@code [0, count)} with seq {@code firstSeq + i}, in one JDBC batch; returns per row 1 when stored,
	 * 0 when the report was already there.
	 */
	public int[] insert(long firstSeq, long batchId, int count, Report[] reports, ReportFormat[] formats, byte[][] contents) {
		int[] counts = jdbcTemplate.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement row, int i) throws SQLException {
				Report report = reports[i];
				row.setLong(1, firstSeq + i);
				row.setString(2, report.id().sourceId());
				row.setString(3, report.id().eventUid());
				row.setLong(4, report.observedAt().toEpochMilli());
				row.setString(5, formats[i].name());
				row.setLong(6, batchId);
				row.setBytes(7, contents[i]);
			}

			@Override
			public int getBatchSize() {
				return count;
			}
		});
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] != 0 && counts[i] != 1) {
				throw new IllegalStateException("the JDBC driver must report one update count per row (got " + counts[i]
						+ "); do not enable rewritten batch inserts");
			}
		}
		return counts;
	}

	/** The reports with seq greater than {@code afterSeq}, in seq order. */
	public List<StoredReport> after(long afterSeq) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_reports r WHERE r.seq > ? ORDER BY r.seq")
			.param(afterSeq)
			.query(StoredReports::map)
			.list();
	}

	public List<StoredReport> inBatch(long firstSeq, long lastSeq) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_reports r WHERE r.seq BETWEEN ? AND ? ORDER BY r.seq")
			.params(firstSeq, lastSeq)
			.query(StoredReports::map)
			.list();
	}

	/** The reports with these seqs, in the order given. */
	public List<StoredReport> bySeqs(long[] seqs) {
		Map<Long, StoredReport> found = new HashMap<>();
		for (int from = 0; from < seqs.length; from += IN_LIST) {
			long[] chunk = Arrays.copyOfRange(seqs, from, Math.min(seqs.length, from + IN_LIST));
			String marks = String.join(", ", Collections.nCopies(chunk.length, "?"));
			jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_reports r WHERE r.seq IN (" + marks + ")")
				.params(Arrays.stream(chunk).boxed().toList())
				.query(StoredReports::map)
				.list()
				.forEach(report -> found.put(report.seq(), report));
		}
		return Arrays.stream(seqs).mapToObj(found::get).filter(Objects::nonNull).toList();
	}

	/** Every report in observation order (then report id), streamed: the order a rebuild fuses them in. */
	public void inObservationOrder(Consumer<StoredReport> each) {
		jdbcTemplate.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"SELECT " + COLUMNS + " FROM monitoring_reports r ORDER BY r.observed_at, r.source_id, r.event_uid");
			statement.setFetchSize(FETCH_SIZE);
			return statement;
		}, (RowCallbackHandler) rs -> each.accept(map(rs, 0)));
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM monitoring_reports").query(Long.class).single();
	}

	private static StoredReport map(ResultSet rs, int row) throws SQLException {
		byte[] content = rs.getBytes(4);
		return new StoredReport(rs.getLong(1), CanonicalReport.decode(content), ReportFormat.valueOf(rs.getString(2)), rs.getLong(3),
				HexFormat.of().formatHex(CanonicalReport.leaf(content)));
	}}
