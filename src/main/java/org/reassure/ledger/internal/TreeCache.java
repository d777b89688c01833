package org.reassure.ledger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reassure.ledger.merkle.InMemoryNodeStore;
import org.reassure.ledger.merkle.MerkleLog;
import org.reassure.ledger.merkle.NodeStore;
import org.reassure.ledger.merkle.TreeGrowth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The committed tree as this instance knows it, rebuilt from the database and never ahead of it.
 *
 * <p>Levels 8 and up (one node per 256 leaves and fewer) and the nodes of the last, incomplete
 * tile are held in memory; nodes of complete tiles are read from {@code ledger_tiles}, a few
 * recently used tiles cached. Loading reads one root per tile and at most 255 leaf hashes: no
 * leaf is hashed again. The tree only ever advances to a size the database has committed: by
 * {@link #publish} after this instance's own commit, or by {@link #catchUp} when another
 * instance (or a commit whose publication is still on its way) went further.
 */
@Component
class TreeCache {

	private final LedgerEntries entries;
	private final Tiles tiles;
	private final Map<Long, byte[]> recentTiles;
	private volatile Tree tree;

	TreeCache(LedgerEntries entries, Tiles tiles, @Value("${reassure.ledger.cached-tiles:4096}") int cachedTiles) {
		this.entries = entries;
		this.tiles = tiles;
		this.recentTiles = java.util.Collections.synchronizedMap(new LinkedHashMap<>(cachedTiles, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
				return size() > cachedTiles;
			}
		});
	}

	/** The committed tree, at least as large as the database was when this was called. */
	NodeStore committed() {
		catchUp(entries.size());
		return tree;
	}

	/** The committed tree as cached, without asking the database. */
	NodeStore cached() {
		Tree current = tree;
		return current == null ? committed() : current;
	}

	/** Brings the tree to {@code size} leaves, as committed in the database. */
	synchronized void catchUp(long size) {
		Tree current = tree;
		if (current == null || current.size > size) {
			Tree loaded = new Tree();
			recentTiles.clear();
			loaded.extend(0, size, tiles.roots(0, size >> Tile.HEIGHT), entries.leafHashes(blockStart(size), size));
			tree = loaded;
		}
		else if (current.size < size) {
			long from = current.size;
			boolean sameBlock = from >> Tile.HEIGHT == size >> Tile.HEIGHT;
			List<byte[]> roots = sameBlock ? List.of() : tiles.roots(from >> Tile.HEIGHT, size >> Tile.HEIGHT);
			extendOrForget(current, from, size, roots, entries.leafHashes(sameBlock ? from : blockStart(size), size));
		}
	}

	/** After a commit: the tree grew from {@code from} to {@code to}; ignored when the cache is elsewhere already. */
	synchronized void publish(long from, long to, List<byte[]> completedRoots, List<byte[]> edgeLeaves) {
		Tree current = tree;
		if (current != null && current.size == from) {
			extendOrForget(current, from, to, completedRoots, edgeLeaves);
		}
	}

	private void extendOrForget(Tree current, long from, long to, List<byte[]> completedRoots, List<byte[]> edgeLeaves) {
		try {
			current.extend(from, to, completedRoots, edgeLeaves);
		}
		catch (RuntimeException e) {
			reset();
			throw e;
		}
	}

	/** Forgets everything; the next use reloads from the database. */
	synchronized void reset() {
		tree = null;
		recentTiles.clear();
	}

	private static long blockStart(long size) {
		return size >> Tile.HEIGHT << Tile.HEIGHT;
	}

	private byte[] tile(long block) {
		byte[] cached = recentTiles.get(block);
		if (cached == null) {
			cached = tiles.nodes(block).orElseThrow(() -> new IllegalStateException("tile " + block + " is missing from ledger_tiles"));
			recentTiles.put(block, cached);
		}
		return cached;
	}

	/** The last, incomplete tile: its leaves and their parents, indexed from the tile's first leaf. */
	private record Edge(long block, InMemoryNodeStore nodes) {
	}

	/** A read-only view; nodes under the size read first never change afterwards. */
	private final class Tree implements NodeStore {

		private final InMemoryNodeStore upper = new InMemoryNodeStore();
		private volatile Edge edge = new Edge(0, new InMemoryNodeStore());
		private volatile long size;

		@Override
		public long size() {
			return size;
		}

		@Override
		public byte[] node(int level, long index) {
			if (level >= Tile.HEIGHT) {
				return upper.node(level - Tile.HEIGHT, index);
			}
			long block = Tile.blockOf(level, index);
			Edge last = edge;
			if (block == last.block()) {
				return last.nodes().node(level, index - (block << (Tile.HEIGHT - level)));
			}
			return Tile.node(tile(block), level, index);
		}

		@Override
		public void write(TreeGrowth growth) {
			throw new UnsupportedOperationException("the committed tree grows only from the database");
		}

		/**
		 * Grows from {@code from} to {@code to} leaves given the roots of the tiles completed on the
		 * way and the leaves of the new last tile that were not already in it.
		 */
		void extend(long from, long to, List<byte[]> completedRoots, List<byte[]> edgeLeaves) {
			long fromBlock = from >> Tile.HEIGHT;
			long toBlock = to >> Tile.HEIGHT;
			if (completedRoots.size() != toBlock - fromBlock) {
				throw new IllegalStateException("growing " + from + " -> " + to + " completes " + (toBlock - fromBlock) + " tiles, "
						+ completedRoots.size() + " found in ledger_tiles");
			}
			if (!completedRoots.isEmpty()) {
				new MerkleLog(upper).append(completedRoots);
			}
			Edge last = toBlock == fromBlock ? edge : new Edge(toBlock, new InMemoryNodeStore());
			if (!edgeLeaves.isEmpty()) {
				new MerkleLog(last.nodes()).append(edgeLeaves);
			}
			if (last.nodes().size() != to - (toBlock << Tile.HEIGHT)) {
				throw new IllegalStateException("the last tile should hold " + (to - (toBlock << Tile.HEIGHT)) + " leaves after growing to " + to);
			}
			edge = last;
			size = to;
		}
	}
}
