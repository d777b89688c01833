package org.reassure.ledger.internal;

import org.reassure.ledger.merkle.MerkleHash;

/**
 * Layout of a tile: the perfect subtree of {@value #LEAVES} leaves numbered {@code block}, its
 * levels 0 to 7 stored level by level in one array (levels 8 and up live in memory). A proof
 * touches one tile row below level 8 instead of one row per node.
 */
final class Tile {

	static final int HEIGHT = 8;
	static final int LEAVES = 1 << HEIGHT;
	/** 256 + 128 + ... + 2 hashes. */
	static final int HASHES = 2 * LEAVES - 2;
	static final int BYTES = HASHES * MerkleHash.LENGTH;

	private Tile() {
	}

	static long blockOf(int level, long index) {
		return index >> (HEIGHT - level);
	}

	/** Byte offset of node (level, index), level below 8, in the tile of its block. */
	static int offset(int level, long index) {
		int levelStart = 2 * LEAVES - (2 * LEAVES >> level);
		int inLevel = (int) (index - (blockOf(level, index) << (HEIGHT - level)));
		return (levelStart + inLevel) * MerkleHash.LENGTH;
	}

	static byte[] node(byte[] tile, int level, long index) {
		int from = offset(level, index);
		byte[] hash = new byte[MerkleHash.LENGTH];
		System.arraycopy(tile, from, hash, 0, MerkleHash.LENGTH);
		return hash;
	}
}
