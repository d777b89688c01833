package org.reassure.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log's entries and its head row.
 */
@Repository
class LedgerEntries {

	/** An entry as stored: the canonical bytes and the columns repeated from them for filtering. */
	record Stored(long seq, long recordedAt, String actorNation, String action, byte[] entryBytes, byte[] leafHash) {
	}

	/** Filters of the entry listing; null means any. */
	record Query(Long from, Long to, String module, String nation, String action, Long since, Long until, int limit, boolean newestFirst) {
	}

	private static final int ROWS_PER_STATEMENT = 50;
	private static final String COLUMNS = "seq, recorded_at, actor_nation, action, entry_bytes, leaf_hash";

	private static final int FETCH_SIZE = 8192;

	private final JdbcClient jdbc;
	private final MultiRowInsert<Stored> insert;
	private final JdbcTemplate stream;
	private final TransactionTemplate streaming;

	LedgerEntries(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.stream = new JdbcTemplate(batch.getDataSource());
		this.stream.setFetchSize(FETCH_SIZE);
		this.streaming = new TransactionTemplate(transactions);
		this.streaming.setReadOnly(true);
		this.insert = new MultiRowInsert<>(batch, "ledger_entries (" + COLUMNS + ")", 6, ROWS_PER_STATEMENT, (ps, p, e) -> {
			ps.setLong(p, e.seq());
			ps.setLong(p + 1, e.recordedAt());
			ps.setString(p + 2, e.actorNation());
			ps.setString(p + 3, e.action());
			ps.setBytes(p + 4, e.entryBytes());
			ps.setBytes(p + 5, e.leafHash());
		});
	}

	/**
	 * Locks the head row until the caller's transaction ends (a row lock on PostgreSQL, the
	 * database write lock on SQLite) and returns the log size.
	 */
	long lockHead() {
		jdbc.sql("UPDATE ledger_head SET size = size WHERE id = 1").update();
		return size();
	}

	long size() {
		return jdbc.sql("SELECT size FROM ledger_head WHERE id = 1").query(Long.class).single();
	}

	void setSize(long size) {
		jdbc.sql("UPDATE ledger_head SET size = ? WHERE id = 1").param(size).update();
	}

	void addAll(List<Stored> entries) {
		insert.insert(entries);
	}

	Optional<Stored> find(long seq) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entries WHERE seq = ?").param(seq).query(LedgerEntries::map).optional();
	}

	/** Sequence numbers and leaf hashes of the entries {@code [from, to)}. */
	List<Indexed> hashes(long from, long to) {
		return jdbc.sql("SELECT seq, leaf_hash FROM ledger_entries WHERE seq >= ? AND seq < ? ORDER BY seq")
			.params(from, to)
			.query((rs, row) -> new Indexed(rs.getLong(1), rs.getBytes(2)))
			.list();
	}

	/** The first entry from {@code from} on with this leaf hash, found by scanning. */
	Optional<Long> scanForLeafHash(long from, byte[] leafHash) {
		return jdbc.sql("SELECT seq FROM ledger_entries WHERE seq >= ? AND leaf_hash = ? ORDER BY seq LIMIT 1")
			.params(from, leafHash)
			.query(Long.class)
			.optional();
	}

	record Indexed(long seq, byte[] leafHash) {
	}

	List<byte[]> leafHashes(long from, long to) {
		return jdbc.sql("SELECT leaf_hash FROM ledger_entries WHERE seq >= ? AND seq < ? ORDER BY seq")
			.params(from, to)
			.query(byte[].class)
			.list();
	}

	List<Stored> list(Query query) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM ledger_entries WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		condition(sql, params, "seq >= ?", query.from());
		condition(sql, params, "seq < ?", query.to());
		condition(sql, params, "action LIKE ?", query.module() == null ? null : query.module() + ".%");
		condition(sql, params, "actor_nation = ?", query.nation());
		condition(sql, params, "action = ?", query.action());
		condition(sql, params, "recorded_at >= ?", query.since());
		condition(sql, params, "recorded_at < ?", query.until());
		sql.append(query.newestFirst() ? " ORDER BY seq DESC" : " ORDER BY seq").append(" LIMIT ?");
		params.add(query.limit());
		return jdbc.sql(sql.toString()).params(params).query(LedgerEntries::map).list();
	}

	/**
	 * Every entry in the order of the table's sequence numbers, one at a time, for verification,
	 * streamed with a fetch size. PostgreSQL's driver streams only inside a transaction (else it
	 * loads the whole table first); SQLite streams anyway, and there a transaction would take the
	 * write lock for the whole pass.
	 */
	void forEach(EntryVisitor visitor) {
		RowCallbackHandler each = rs -> visitor.visit(map(rs, 0));
		Runnable pass = () -> stream.query("SELECT " + COLUMNS + " FROM ledger_entries ORDER BY seq", each);
		boolean sqlite = "SQLite".equals(stream.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
		if (sqlite) {
			pass.run();
		}
		else {
			streaming.executeWithoutResult(status -> pass.run());
		}
	}

	interface EntryVisitor {
		void visit(Stored entry);
	}

	private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
		if (value != null) {
			sql.append(" AND ").append(clause);
			params.add(value);
		}
	}

	private static Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBytes(5), rs.getBytes(6));
	}
}
