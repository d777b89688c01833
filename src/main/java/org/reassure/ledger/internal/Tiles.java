package org.reassure.ledger.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complete 256-leaf tiles of the tree, written once in the transaction that completes them.
 */
@Repository
class Tiles {

	/** A completed tile: its levels 0 to 7 ({@link Tile} layout) and its root. */
	record Completed(long block, byte[] nodes, byte[] root) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	Tiles(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void addAll(List<Completed> tiles) {
		if (tiles.isEmpty()) {
			return;
		}
		batch.batchUpdate("INSERT INTO ledger_tiles (block, nodes, root) VALUES (?, ?, ?)", tiles, tiles.size(), (ps, tile) -> {
			ps.setLong(1, tile.block());
			ps.setBytes(2, tile.nodes());
			ps.setBytes(3, tile.root());
		});
	}

	Optional<byte[]> nodes(long block) {
		return jdbc.sql("SELECT nodes FROM ledger_tiles WHERE block = ?").param(block).query(byte[].class).optional();
	}

	/** Roots of the tiles {@code [fromBlock, toBlock)}, in order; fewer when some are missing. */
	List<byte[]> roots(long fromBlock, long toBlock) {
		return jdbc.sql("SELECT root FROM ledger_tiles WHERE block >= ? AND block < ? ORDER BY block")
			.params(fromBlock, toBlock)
			.query(byte[].class)
			.list();
	}

	void forEach(long fromBlock, TileVisitor visitor) {
		jdbc.sql("SELECT block, nodes, root FROM ledger_tiles WHERE block >= ? ORDER BY block")
			.param(fromBlock)
			.query(rs -> {
				visitor.visit(new Completed(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
			});
	}

	interface TileVisitor {
		void visit(Completed tile);
	}
}
