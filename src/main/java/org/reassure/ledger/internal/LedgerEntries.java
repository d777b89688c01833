package org.reassure.ledger.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's entries and its head row.
 */
@Repository
class LedgerEntries {

	/** An entry as stored: the canonical bytes and the columns repeated from them for filtering. */
	record Stored(long seq, long recordedAt, String actorUser, String actorNation, String action, String keyId, byte[] entryBytes,
			byte[] leafHash) {
	}

	/** Filters of the entry listing; null means any. */
	record Query(Long from, Long to, String module, String nation, String action, Long since, Long until, int limit, boolean newestFirst) {
	}

	private static final String COLUMNS = "seq, recorded_at, actor_user, actor_nation, action, key_id, entry_bytes, leaf_hash";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	LedgerEntries(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
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
		batch.batchUpdate("""
				INSERT INTO ledger_entries (seq, recorded_at, actor_user, actor_nation, action, key_id, entry_bytes, leaf_hash, leaf_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, e) -> {
			ps.setLong(1, e.seq());
			ps.setLong(2, e.recordedAt());
			ps.setString(3, e.actorUser());
			ps.setString(4, e.actorNation());
			ps.setString(5, e.action());
			ps.setString(6, e.keyId());
			ps.setBytes(7, e.entryBytes());
			ps.setBytes(8, e.leafHash());
			ps.setLong(9, leafKey(e.leafHash()));
		});
	}

	Optional<Stored> find(long seq) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entries WHERE seq = ?").param(seq).query(LedgerEntries::map).optional();
	}

	/** The first entry with this leaf hash (entries are unique in practice: each holds its own sequence number). */
	Optional<Stored> findByLeafHash(byte[] leafHash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entries WHERE leaf_key = ? AND leaf_hash = ? ORDER BY seq")
			.params(leafKey(leafHash), leafHash)
			.query(LedgerEntries::map)
			.stream()
			.findFirst();
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

	/** Every entry in the order of the table's sequence numbers, one at a time, for verification. */
	void forEach(EntryVisitor visitor) {
		jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entries ORDER BY seq").query(rs -> {
			visitor.visit(map(rs, 0));
		});
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

	static long leafKey(byte[] leafHash) {
		return ByteBuffer.wrap(leafHash, 0, Long.BYTES).getLong();
	}

	private static Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7),
				rs.getBytes(8));
	}
}
