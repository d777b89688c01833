package org.reassure.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.ledger.LedgerReceipt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the log table in the caller's transaction. The head row serialises writers:
 * its update holds a row lock (PostgreSQL) or the write lock (SQLite) until the caller commits.
 */
@Component
class JdbcLedger implements Ledger {

	private static final byte LEAF_PREFIX = 0x00;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper canonical;

	JdbcLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.canonical = JsonMapper.builder()
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.enable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
			.build();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public LedgerReceipt record(LedgerEntry entry) {
		jdbc.sql("UPDATE ledger_head SET size = size + 1 WHERE id = 1").update();
		long sequence = jdbc.sql("SELECT size FROM ledger_head WHERE id = 1").query(Long.class).single() - 1;
		long timestamp = clock.millis();
		byte[] bytes = canonicalBytes(sequence, timestamp, entry);
		byte[] leafHash = leafHash(bytes);
		jdbc.sql("""
				INSERT INTO ledger_entries (seq, recorded_at, actor_user, actor_nation, action, entry_bytes, leaf_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(sequence, timestamp, entry.actor().user(), entry.actor().nation() == null ? null : entry.actor().nation().value(),
					entry.action(), bytes, leafHash)
			.update();
		return new LedgerReceipt(sequence, HexFormat.of().formatHex(leafHash));
	}

	private byte[] canonicalBytes(long sequence, long timestamp, LedgerEntry entry) {
		Map<String, Object> actor = new LinkedHashMap<>();
		actor.put("user", entry.actor().user());
		actor.put("nation", entry.actor().nation() == null ? null : entry.actor().nation().value());
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("seq", sequence);
		document.put("timestamp", timestamp);
		document.put("actor", actor);
		document.put("action", entry.action());
		document.put("payload", entry.payload());
		document.put("evidenceSha256", entry.evidenceSha256());
		return canonical.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] leafHash(byte[] entryBytes) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(LEAF_PREFIX);
			return sha256.digest(entryBytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
