package org.reassure.ledger.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.ledger.LedgerReceipt;
import org.reassure.ledger.merkle.MerkleHash;
import org.reassure.ledger.merkle.MerkleLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries in the caller's transaction: canonical bytes and leaf hashes, the entry rows,
 * the tiles the new leaves complete and the head, all in one round of batched inserts. The
 * payloads are canonicalised before the log is locked, so concurrent callers overlap that work
 * with each other's inserts and commits.
 *
 * <p>The first append of a transaction locks the head row, which serialises writers across
 * threads and instances until the caller commits. The nodes the transaction adds stay in its
 * {@link PendingTree}; the commit publishes them to the shared {@link TreeCache}, a rollback
 * drops them with the rows.
 */
@Component
class JdbcLedger implements Ledger {

	/** Below this many entries, encoding on one thread beats splitting the work. */
	private static final int PARALLEL_FROM = 256;
	private static final ThreadLocal<MerkleHash> HASH = ThreadLocal.withInitial(MerkleHash::new);

	private final LedgerEntries entries;
	private final Tiles tiles;
	private final TreeCache cache;
	private final EntryCodec codec;
	private final EntrySignatures signatures;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	JdbcLedger(LedgerEntries entries, Tiles tiles, TreeCache cache, EntryCodec codec, EntrySignatures signatures,
			ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.tiles = tiles;
		this.cache = cache;
		this.codec = codec;
		this.signatures = signatures;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public LedgerReceipt record(LedgerEntry entry) {
		return recordAll(List.of(RequestSignature.applyTo(entry, codec))).get(0);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<LedgerReceipt> recordAll(List<LedgerEntry> batch) {
		if (batch.isEmpty()) {
			return List.of();
		}
		batch.forEach(signatures::check);
		byte[][] statements = new byte[batch.size()][];
		inParallel(batch.size(), i -> statements[i] = codec.statement(batch.get(i)));
		PendingTree tree = pendingTree();
		long first = tree.size();
		long timestamp = clock.millis();
		LedgerEntries.Stored[] rows = new LedgerEntries.Stored[batch.size()];
		inParallel(batch.size(), i -> rows[i] = stored(first + i, timestamp, batch.get(i), statements[i]));
		List<LedgerEntries.Stored> stored = List.of(rows);
		entries.addAll(stored);
		new MerkleLog(tree).append(stored.stream().map(LedgerEntries.Stored::leafHash).toList());
		tiles.addAll(completedTiles(tree, first, tree.size()));
		entries.setSize(tree.size());
		return stored.stream().map(row -> new LedgerReceipt(row.seq(), HexFormat.of().formatHex(row.leafHash()))).toList();
	}

	@Override
	public byte[] statement(LedgerEntry entry) {
		return codec.statement(entry);
	}

	private LedgerEntries.Stored stored(long seq, long timestamp, LedgerEntry entry, byte[] statement) {
		byte[] bytes = codec.entryBytes(statement, seq, timestamp, entry.signature());
		return new LedgerEntries.Stored(seq, timestamp, entry.actor().nation() == null ? null : entry.actor().nation().value(), entry.action(), bytes,
				HASH.get().leaf(bytes));
	}

	private static void inParallel(int count, IntConsumer work) {
		IntStream indexes = IntStream.range(0, count);
		(count >= PARALLEL_FROM ? indexes.parallel() : indexes).forEach(work);
	}

	/** This transaction's tree; the first call locks the head and binds a new one to the transaction. */
	private PendingTree pendingTree() {
		PendingTree tree = (PendingTree) TransactionSynchronizationManager.getResource(this);
		if (tree == null) {
			long size = entries.lockHead();
			cache.catchUp(size);
			tree = new PendingTree(cache.cached(), size);
			TransactionSynchronizationManager.bindResource(this, tree);
			TransactionSynchronizationManager.registerSynchronization(new Publication(tree));
		}
		return tree;
	}

	private static List<Tiles.Completed> completedTiles(PendingTree tree, long from, long to) {
		List<Tiles.Completed> completed = new ArrayList<>();
		for (long block = from >> Tile.HEIGHT; block < to >> Tile.HEIGHT; block++) {
			byte[] nodes = new byte[Tile.BYTES];
			for (int level = 0; level < Tile.HEIGHT; level++) {
				long firstIndex = block << (Tile.HEIGHT - level);
				for (long index = firstIndex; index < firstIndex + (Tile.LEAVES >> level); index++) {
					System.arraycopy(tree.node(level, index), 0, nodes, Tile.offset(level, index), MerkleHash.LENGTH);
				}
			}
			completed.add(new Tiles.Completed(block, nodes, tree.node(Tile.HEIGHT, block)));
		}
		return completed;
	}

	/** Publishes the transaction's nodes once it has committed. */
	private final class Publication implements TransactionSynchronization {

		private final PendingTree tree;

		Publication(PendingTree tree) {
			this.tree = tree;
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(JdbcLedger.this);
			long from = tree.baseSize();
			long to = tree.size();
			if (status != STATUS_COMMITTED || to == from) {
				return;
			}
			long fromBlock = from >> Tile.HEIGHT;
			long toBlock = to >> Tile.HEIGHT;
			cache.publish(from, to, tree.nodes(Tile.HEIGHT, fromBlock, toBlock), tree.nodes(0, fromBlock == toBlock ? from : toBlock << Tile.HEIGHT, to));
			events.publishEvent(new LogGrew(to));
		}
	}
}
