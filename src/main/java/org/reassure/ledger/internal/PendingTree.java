package org.reassure.ledger.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reassure.ledger.merkle.MerkleHash;
import org.reassure.ledger.merkle.NodeRun;
import org.reassure.ledger.merkle.NodeStore;
import org.reassure.ledger.merkle.TreeGrowth;

/**
 * The tree as one transaction grows it: the committed tree below {@code baseSize}, and the nodes
 * this transaction's appends completed above it, kept here until the commit publishes them.
 */
final class PendingTree implements NodeStore {

	private final NodeStore base;
	private final long baseSize;
	private final List<Level> levels = new ArrayList<>();
	private long size;

	PendingTree(NodeStore base, long baseSize) {
		this.base = base;
		this.baseSize = baseSize;
		this.size = baseSize;
	}

	long baseSize() {
		return baseSize;
	}

	@Override
	public long size() {
		return size;
	}

	@Override
	public byte[] node(int level, long index) {
		long first = baseSize >> level;
		if (index < first) {
			return base.node(level, index);
		}
		if (level >= levels.size() || index >= size >> level) {
			throw new IllegalArgumentException("node (level " + level + ", index " + index + ") is not a perfect subtree of " + size + " leaves");
		}
		return levels.get(level).read(index - first);
	}

	@Override
	public void write(TreeGrowth growth) {
		if (growth.fromSize() != size) {
			throw new IllegalStateException("growth starts at " + growth.fromSize() + " leaves but the pending tree holds " + size);
		}
		for (NodeRun run : growth.runs()) {
			while (levels.size() <= run.level()) {
				levels.add(new Level());
			}
			levels.get(run.level()).append(run.hashes());
		}
		size = growth.toSize();
	}

	/** The nodes at {@code level} completed here with index in {@code [from, to)}. */
	List<byte[]> nodes(int level, long from, long to) {
		List<byte[]> nodes = new ArrayList<>((int) (to - from));
		for (long i = from; i < to; i++) {
			nodes.add(node(level, i));
		}
		return nodes;
	}

	/** Hashes appended back to back. */
	private static final class Level {

		private byte[] hashes = new byte[16 * MerkleHash.LENGTH];
		private int length;

		void append(byte[] more) {
			if (length + more.length > hashes.length) {
				hashes = Arrays.copyOf(hashes, Math.max(2 * hashes.length, length + more.length));
			}
			System.arraycopy(more, 0, hashes, length, more.length);
			length += more.length;
		}

		byte[] read(long offset) {
			int from = Math.toIntExact(offset * MerkleHash.LENGTH);
			return Arrays.copyOfRange(hashes, from, from + MerkleHash.LENGTH);
		}
	}
}
