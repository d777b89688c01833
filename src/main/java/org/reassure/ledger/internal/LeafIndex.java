package org.reassure.ledger.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds an entry by its leaf hash. An index of random hashes updated by every append would
 * rewrite a random page per entry at each commit, so the index is filled behind the appends,
 * in sorted batches of up to {@code reassure.ledger.index-batch} entries (each batch touches each
 * index page at most once); the entries not indexed yet are scanned.
 *
 * <p>The index is derived data, so it yields to the appends: while the log grows by at least
 * {@code reassure.ledger.index-yield-above} entries between two runs (a burst of appends, which
 * would otherwise wait for the database write lock behind a batch of up to a million index rows),
 * a run is skipped, as long as fewer than {@code reassure.ledger.index-max-lag} entries wait to be
 * indexed. The run after the burst indexes them all.
 */
@Repository
class LeafIndex {

	private static final int ROWS_PER_STATEMENT = 100;

	private final JdbcClient jdbc;
	private final MultiRowInsert<Keyed> insert;
	private final LedgerEntries entries;
	private final TransactionTemplate transactions;
	private final int batchSize;
	private final long yieldAbove;
	private final long maxLag;
	private final boolean background;
	private long sizeAtLastRun;

	LeafIndex(JdbcClient jdbc, JdbcTemplate batch, LedgerEntries entries, TransactionTemplate transactions,
			@Value("${reassure.ledger.index-batch:1000000}") int batchSize, @Value("${reassure.ledger.index-yield-above:100000}") long yieldAbove,
			@Value("${reassure.ledger.index-max-lag:2000000}") long maxLag, @Value("${reassure.listeners.enabled:true}") boolean background) {
		this.jdbc = jdbc;
		this.insert = new MultiRowInsert<>(batch, "ledger_leaf_index (leaf_key, seq)", 2, ROWS_PER_STATEMENT, (ps, p, entry) -> {
			ps.setLong(p, entry.key());
			ps.setLong(p + 1, entry.seq());
		});
		this.entries = entries;
		this.transactions = transactions;
		this.batchSize = batchSize;
		this.yieldAbove = yieldAbove;
		this.maxLag = maxLag;
		this.background = background;
	}

	static long key(byte[] leafHash) {
		return ByteBuffer.wrap(leafHash, 0, Long.BYTES).getLong();
	}

	/** The sequence number of the first entry with this leaf hash. */
	Optional<Long> find(byte[] leafHash) {
		long indexed = indexed();
		List<Long> candidates = jdbc.sql("SELECT seq FROM ledger_leaf_index WHERE leaf_key = ? ORDER BY seq").param(key(leafHash)).query(Long.class).list();
		for (long seq : candidates) {
			if (entries.find(seq).filter(entry -> Arrays.equals(entry.leafHash(), leafHash)).isPresent()) {
				return Optional.of(seq);
			}
		}
		return entries.scanForLeafHash(indexed, leafHash);
	}

	long indexed() {
		return jdbc.sql("SELECT indexed FROM ledger_leaf_index_head WHERE id = 1").query(Long.class).single();
	}

	@Scheduled(initialDelayString = "${reassure.ledger.index-every-ms:5000}", fixedDelayString = "${reassure.ledger.index-every-ms:5000}")
	void onSchedule() {
		if (background && !appendsBursting()) {
			catchUp();
		}
	}

	private boolean appendsBursting() {
		long size = entries.size();
		long grown = size - sizeAtLastRun;
		sizeAtLastRun = size;
		return grown >= yieldAbove && size - indexed() < maxLag;
	}

	/** Indexes every entry committed so far, a batch per transaction. */
	void catchUp() {
		while (indexNextBatch() == batchSize) {
			// the next batch
		}
	}

	private long indexNextBatch() {
		Long count = transactions.execute(status -> {
			// Locks the row, so that two instances never index the same batch.
			jdbc.sql("UPDATE ledger_leaf_index_head SET indexed = indexed WHERE id = 1").update();
			long from = indexed();
			List<Keyed> keys = new ArrayList<>(entries.hashes(from, from + batchSize).stream().map(Keyed::of).toList());
			if (keys.isEmpty()) {
				return 0L;
			}
			keys.sort(Comparator.comparingLong(Keyed::key));
			insert.insert(keys);
			long next = keys.stream().mapToLong(Keyed::seq).max().orElseThrow() + 1;
			jdbc.sql("UPDATE ledger_leaf_index_head SET indexed = ? WHERE id = 1").param(next).update();
			return (long) keys.size();
		});
		return count == null ? 0 : count;
	}

	/** An index row; the key is computed once, not at each comparison of the sort. */
	private record Keyed(long key, long seq) {

		static Keyed of(LedgerEntries.Indexed entry) {
			return new Keyed(LeafIndex.key(entry.leafHash()), entry.seq());
		}
	}
}
