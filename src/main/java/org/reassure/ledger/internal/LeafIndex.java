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
 */
@Repository
class LeafIndex {

	private static final int ROWS_PER_STATEMENT = 100;

	private final JdbcClient jdbc;
	private final MultiRowInsert<LedgerEntries.Indexed> insert;
	private final LedgerEntries entries;
	private final TransactionTemplate transactions;
	private final int batchSize;
	private final boolean background;

	LeafIndex(JdbcClient jdbc, JdbcTemplate batch, LedgerEntries entries, TransactionTemplate transactions,
			@Value("${reassure.ledger.index-batch:1000000}") int batchSize, @Value("${reassure.listeners.enabled:true}") boolean background) {
		this.jdbc = jdbc;
		this.insert = new MultiRowInsert<>(batch, "ledger_leaf_index (leaf_key, seq)", 2, ROWS_PER_STATEMENT, (ps, p, entry) -> {
			ps.setLong(p, key(entry.leafHash()));
			ps.setLong(p + 1, entry.seq());
		});
		this.entries = entries;
		this.transactions = transactions;
		this.batchSize = batchSize;
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
		if (background) {
			catchUp();
		}
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
			List<LedgerEntries.Indexed> hashes = new ArrayList<>(entries.hashes(from, from + batchSize));
			if (hashes.isEmpty()) {
				return 0L;
			}
			hashes.sort(Comparator.comparingLong(entry -> key(entry.leafHash())));
			insert.insert(hashes);
			long next = hashes.stream().mapToLong(LedgerEntries.Indexed::seq).max().orElseThrow() + 1;
			jdbc.sql("UPDATE ledger_leaf_index_head SET indexed = ? WHERE id = 1").param(next).update();
			return (long) hashes.size();
		});
		return count == null ? 0 : count;
	}
}
