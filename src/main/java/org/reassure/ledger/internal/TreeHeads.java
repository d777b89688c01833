package org.reassure.ledger.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signed tree heads and the witnesses' cosignatures of them.
 */
@Repository
class TreeHeads {

	record Stored(long treeSize, byte[] rootHash, long signedAt, String keyId, byte[] signature) {
	}

	record StoredCosignature(long treeSize, String keyId, String witness, long cosignedAt, byte[] signature) {
	}

	private static final String COLUMNS = "tree_size, root_hash, signed_at, key_id, signature";
	private static final String COSIGNATURE_COLUMNS = "tree_size, key_id, witness, cosigned_at, signature";

	private final JdbcClient jdbc;

	TreeHeads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a signed head; false when one of that size is stored already (another instance signed it). */
	boolean add(Stored head) {
		if (find(head.treeSize()).isPresent()) {
			return false;
		}
		try {
			jdbc.sql("INSERT INTO ledger_tree_heads (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
				.params(head.treeSize(), head.rootHash(), head.signedAt(), head.keyId(), head.signature())
				.update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	Optional<Stored> latest() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_tree_heads ORDER BY tree_size DESC LIMIT 1").query(TreeHeads::map).optional();
	}

	Optional<Stored> find(long treeSize) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_tree_heads WHERE tree_size = ?").param(treeSize).query(TreeHeads::map).optional();
	}

	List<Stored> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_tree_heads ORDER BY tree_size").query(TreeHeads::map).list();
	}

	/** Stores a cosignature; false when that key has cosigned that head already. */
	boolean addCosignature(StoredCosignature cosignature) {
		boolean present = jdbc.sql("SELECT COUNT(*) FROM ledger_cosignatures WHERE tree_size = ? AND key_id = ?")
			.params(cosignature.treeSize(), cosignature.keyId())
			.query(Long.class)
			.single() > 0;
		if (present) {
			return false;
		}
		try {
			jdbc.sql("INSERT INTO ledger_cosignatures (" + COSIGNATURE_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
				.params(cosignature.treeSize(), cosignature.keyId(), cosignature.witness(), cosignature.cosignedAt(), cosignature.signature())
				.update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	List<StoredCosignature> cosignatures(long treeSize) {
		return jdbc.sql("SELECT " + COSIGNATURE_COLUMNS + " FROM ledger_cosignatures WHERE tree_size = ? ORDER BY witness, key_id")
			.param(treeSize)
			.query(TreeHeads::mapCosignature)
			.list();
	}

	List<StoredCosignature> allCosignatures() {
		return jdbc.sql("SELECT " + COSIGNATURE_COLUMNS + " FROM ledger_cosignatures ORDER BY tree_size, key_id")
			.query(TreeHeads::mapCosignature)
			.list();
	}

	private static Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Stored(rs.getLong(1), rs.getBytes(2), rs.getLong(3), rs.getString(4), rs.getBytes(5));
	}

	private static StoredCosignature mapCosignature(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StoredCosignature(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBytes(5));
	}
}
