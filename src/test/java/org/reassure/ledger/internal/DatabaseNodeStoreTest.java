package org.reassure.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.ledger.LedgerReceipt;
import org.reassure.ledger.merkle.InMemoryNodeStore;
import org.reassure.ledger.merkle.MerkleLog;
import org.reassure.ledger.merkle.NodeStore;
import org.reassure.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database-backed tree (tiles in {@code ledger_tiles}, upper levels in memory) gives exactly
 * the roots and proofs of the in-memory reference tree over the same leaves, whether it grew by
 * its own commits or was rebuilt from the database, and writers stay serialised.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseNodeStoreTest {

	private static final Actor TESTER = new Actor("store-tester", null);

	@Autowired
	Ledger ledger;

	@Autowired
	TreeCache cache;

	@Autowired
	LedgerEntries entries;

	@Autowired
	TransactionTemplate transactions;

	private List<LedgerReceipt> append(int count) {
		List<LedgerEntry> batch = IntStream.range(0, count).mapToObj(i -> LedgerEntry.of(TESTER, "test.store.appended", Map.of("i", i))).toList();
		return transactions.execute(status -> ledger.recordAll(batch));
	}

	@Test
	void givesTheRootsAndProofsOfTheInMemoryTreeWhetherGrownOrRebuilt() {
		for (int count : new int[] { 1, 2, 253, 256, 1, 511, 1000, 3, 255 }) {
			append(count);
			assertSameAsReference(cache.committed());
		}
		cache.reset();
		assertSameAsReference(cache.committed());
	}

	@Test
	void aRolledBackAppendLeavesNoTrace() {
		long before = entries.size();
		byte[] rootBefore = new MerkleLog(cache.committed()).rootHash();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			ledger.recordAll(IntStream.range(0, 300).mapToObj(i -> LedgerEntry.of(TESTER, "test.store.rolled-back", Map.of("i", i))).toList());
			throw new IllegalStateException("the command fails after recording");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(entries.size()).isEqualTo(before);
		assertThat(new MerkleLog(cache.committed()).rootHash()).isEqualTo(rootBefore);
		append(1);
		assertSameAsReference(cache.committed());
	}

	@Test
	void concurrentWritersGetOneGaplessSequence() throws InterruptedException {
		long before = entries.size();
		ConcurrentLinkedQueue<Long> sequences = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		for (int t = 0; t < 4; t++) {
			pool.execute(() -> {
				for (int i = 0; i < 40; i++) {
					append(1 + i % 3).forEach(receipt -> sequences.add(receipt.sequence()));
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		long expected = 4 * (40 / 3 * 6 + 1);
		assertThat(sequences).hasSize((int) expected).doesNotHaveDuplicates().allMatch(seq -> seq >= before && seq < entries.size());
		assertSameAsReference(cache.committed());
	}

	private void assertSameAsReference(NodeStore stored) {
		long size = entries.size();
		assertThat(stored.size()).isEqualTo(size);
		MerkleLog reference = new MerkleLog(new InMemoryNodeStore());
		List<byte[]> leaves = entries.leafHashes(0, size);
		reference.append(leaves);
		MerkleLog log = new MerkleLog(stored);
		SplittableRandom random = new SplittableRandom(size);
		List<Long> sizes = new ArrayList<>(List.of(1L, size));
		for (int i = 0; i < 40; i++) {
			sizes.add(1 + random.nextLong(size));
		}
		for (long treeSize : sizes) {
			assertThat(log.rootHash(treeSize)).as("root at %d", treeSize).isEqualTo(reference.rootHash(treeSize));
			long leaf = random.nextLong(treeSize);
			assertThat(log.inclusionProof(leaf, treeSize)).isEqualTo(reference.inclusionProof(leaf, treeSize));
			long first = random.nextLong(treeSize + 1);
			assertThat(log.consistencyProof(first, treeSize)).isEqualTo(reference.consistencyProof(first, treeSize));
		}
	}
}
