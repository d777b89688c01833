package org.reassure.ledger.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.reassure.shared.Conflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registered public keys with their history.
 */
@Repository
class Keys {

	static final String LOG = "log";
	static final String SECRETARIAT = "secretariat";

	record Stored(String keyId, String owner, byte[] publicKey, long registeredAt, String registeredBy, Long retiredAt) {

		boolean active() {
			return retiredAt == null;
		}
	}

	private static final String COLUMNS = "key_id, owner, public_key, registered_at, registered_by, retired_at";

	private final JdbcClient jdbc;

	Keys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Stored key) {
		if (find(key.keyId()).isPresent()) {
			throw new Conflict("publicKey", "the key " + key.keyId() + " is registered already");
		}
		try {
			jdbc.sql("INSERT INTO ledger_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
				.params(key.keyId(), key.owner(), key.publicKey(), key.registeredAt(), key.registeredBy(), key.retiredAt())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("publicKey", "the key " + key.keyId() + " is registered already");
		}
	}

	Optional<Stored> find(String keyId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_keys WHERE key_id = ?").param(keyId).query(Keys::map).optional();
	}

	List<Stored> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_keys ORDER BY owner, registered_at, key_id").query(Keys::map).list();
	}

	List<Stored> activeOf(String owner) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_keys WHERE owner = ? AND retired_at IS NULL ORDER BY registered_at")
			.param(owner)
			.query(Keys::map)
			.list();
	}

	void retire(String keyId, long at) {
		jdbc.sql("UPDATE ledger_keys SET retired_at = ? WHERE key_id = ? AND retired_at IS NULL").params(at, keyId).update();
	}

	private static Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long retired = rs.getLong(6);
		Long retiredAt = rs.wasNull() ? null : retired;
		return new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getLong(4), rs.getString(5), retiredAt);
	}
}
