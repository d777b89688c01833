package org.reassure.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reassure.ledger.merkle.Bytes.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MerkleLogTest {

    private final MerkleHash hash = new MerkleHash();

    @Test
    void emptyLogHasNoLeavesAndTheEmptyTreeRoot() {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());

        assertThat(log.size()).isZero();
        assertThat(log.rootHash()).isEqualTo(MerkleHash.emptyTree());
        assertThat(log.consistencyProof(0, 0).path()).isEmpty();
    }

    @Test
    void emptyLogHasNoInclusionProof() {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());

        assertThatThrownBy(() -> log.inclusionProof(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafIndex must be < treeSize, got leafIndex 0 and treeSize 0");
    }

    @Test
    void singleLeafIsItsOwnRootWithAnEmptyPath() {
        MerkleLog log = logOf(1);
        byte[] leaf = hash.leaf(Bytes.entry(0));

        assertThat(log.rootHash()).isEqualTo(leaf);
        InclusionProof proof = log.inclusionProof(0, 1);
        assertThat(proof.path()).isEmpty();
        assertThat(proof.verify(leaf, log.rootHash())).isTrue();
        assertThat(log.consistencyProof(0, 1).verify(MerkleHash.emptyTree(), log.rootHash())).isTrue();
        assertThat(log.consistencyProof(1, 1).path()).isEmpty();
    }

    @Test
    void appendReturnsTheIndexOfTheFirstNewLeaf() {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());

        assertThat(log.append(hash.leaf(Bytes.entry(0)))).isZero();
        assertThat(log.append(List.of(hash.leaf(Bytes.entry(1)), hash.leaf(Bytes.entry(2))))).isEqualTo(1);
        assertThat(log.append(hash.leaf(Bytes.entry(3)))).isEqualTo(3);
        assertThat(log.size()).isEqualTo(4);
        assertThat(log.leafHash(2)).isEqualTo(hash.leaf(Bytes.entry(2)));
    }

    @Test
    void powersOfTwoAreConsistentWithEachOtherAndWithTheirNeighbours() {
        MerkleLog log = logOf(1025);
        for (int a = 0; a <= 10; a++) {
            for (int b = a; b <= 10; b++) {
                assertConsistent(log, 1L << a, 1L << b);
            }
            assertConsistent(log, 1L << a, (1L << a) + 1);
            assertConsistent(log, (1L << a) - 1, 1L << a);
        }
    }

    @Test
    void consistencyProofFromAPowerOfTwoOmitsTheFirstRoot() {
        MerkleLog log = logOf(16);

        // 8 -> 16: the first tree is the left half of the second, so only the right half is needed.
        assertThat(log.consistencyProof(8, 16).path()).hasSize(1);
        assertThat(hex(log.consistencyProof(8, 16).path().get(0))).isEqualTo(hex(rootOfEntries(8, 16)));
    }

    @Test
    void rootAtEarlierSizeIsUnchangedByLaterAppends() {
        MerkleLog log = logOf(100);
        byte[] rootAt37 = log.rootHash(37);

        log.append(hash.leaf(Bytes.entry(100)));

        assertThat(log.rootHash(37)).isEqualTo(rootAt37);
        assertThat(log.rootHash(101)).isEqualTo(log.rootHash());
    }

    @Test
    void requestsBeyondTheLogAreRejectedNamingTheParameter() {
        MerkleLog log = logOf(10);

        assertThatThrownBy(() -> log.rootHash(12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("treeSize 12 exceeds the log size 10");
        assertThatThrownBy(() -> log.inclusionProof(3, 12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("treeSize 12 exceeds the log size 10");
        assertThatThrownBy(() -> log.inclusionProof(10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafIndex must be < treeSize, got leafIndex 10 and treeSize 10");
        assertThatThrownBy(() -> log.consistencyProof(3, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secondSize 11 exceeds the log size 10");
        assertThatThrownBy(() -> log.leafHash(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafIndex 10 is outside the log of size 10");
    }

    @Test
    void negativeAndBackwardRequestsAreRejectedNamingTheParameter() {
        MerkleLog log = logOf(10);

        assertThatThrownBy(() -> log.rootHash(-1)).hasMessage("treeSize must be >= 0, got -1");
        assertThatThrownBy(() -> log.inclusionProof(-1, 5)).hasMessage("leafIndex must be >= 0, got -1");
        assertThatThrownBy(() -> log.consistencyProof(-1, 5)).hasMessage("firstSize must be >= 0, got -1");
        assertThatThrownBy(() -> log.consistencyProof(6, 5)).hasMessage("firstSize 6 must be <= secondSize 5");
    }

    @Test
    void malformedLeafHashesAreRejectedAndNothingIsAppended() {
        MerkleLog log = logOf(3);

        assertThatThrownBy(() -> log.append(new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafHashes[0] must be 32 bytes, got 31");
        assertThatThrownBy(() -> log.append(List.of(new byte[32], new byte[33]))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafHashes[1] must be 32 bytes, got 33");
        assertThatThrownBy(() -> log.append(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafHashes must not be empty");
        assertThat(log.size()).isEqualTo(3);
    }

    @Test
    void proofsReadLogarithmicallyManyNodesAndNeverTheLeavesTheyDoNotCite() {
        CountingStore store = new CountingStore();
        MerkleLog log = new MerkleLog(store);
        int size = (1 << 16) + (1 << 12) + 37;
        log.append(entries(0, size));

        store.reads.set(0);
        log.inclusionProof(size - 1, size);
        assertThat(store.reads.get()).isLessThanOrEqualTo(2 * 17);

        store.reads.set(0);
        log.inclusionProof(12345, size - 3);
        assertThat(store.reads.get()).isLessThanOrEqualTo(2 * 17);

        store.reads.set(0);
        log.consistencyProof(size - 1000, size);
        assertThat(store.reads.get()).isLessThanOrEqualTo(2 * 17 + 1);

        store.reads.set(0);
        log.rootHash(size - 1);
        assertThat(store.reads.get()).isLessThanOrEqualTo(17);
    }

    @Test
    void appendReadsAtMostOneStoredNodePerLevel() {
        CountingStore store = new CountingStore();
        MerkleLog log = new MerkleLog(store);
        log.append(entries(0, 1023));

        store.reads.set(0);
        log.append(entries(1023, 2000));

        assertThat(store.reads.get()).isLessThanOrEqualTo(11);
    }

    @Test
    void proofsStayValidForTheSizeTheyWereMadeFor() {
        MerkleLog log = logOf(21);
        InclusionProof inclusion = log.inclusionProof(5, 21);
        ConsistencyProof consistency = log.consistencyProof(13, 21);
        byte[] rootAt13 = log.rootHash(13);
        byte[] rootAt21 = log.rootHash();

        log.append(entries(21, 40));

        assertThat(log.inclusionProof(5, 21)).isEqualTo(inclusion);
        assertThat(log.consistencyProof(13, 21)).isEqualTo(consistency);
        assertThat(inclusion.verify(hash.leaf(Bytes.entry(5)), rootAt21)).isTrue();
        assertThat(consistency.verify(rootAt13, rootAt21)).isTrue();
        assertConsistent(log, 21, 40);
    }

    private void assertConsistent(MerkleLog log, long first, long second) {
        ConsistencyProof proof = log.consistencyProof(first, second);
        assertThat(proof.verify(log.rootHash(first), log.rootHash(second))).as("%d -> %d", first, second).isTrue();
    }

    private byte[] rootOfEntries(int from, int to) {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        log.append(entries(from, to));
        return log.rootHash();
    }

    private MerkleLog logOf(int size) {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        log.append(entries(0, size));
        return log;
    }

    private List<byte[]> entries(int from, int to) {
        List<byte[]> leafHashes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            leafHashes.add(hash.leaf(Bytes.entry(i)));
        }
        return leafHashes;
    }

    /** Counts node reads, to show what a proof costs a database-backed store. */
    private static final class CountingStore implements NodeStore {
        private final InMemoryNodeStore nodes = new InMemoryNodeStore();
        final AtomicLong reads = new AtomicLong();

        @Override
        public long size() {
            return nodes.size();
        }

        @Override
        public byte[] node(int level, long index) {
            reads.incrementAndGet();
            return nodes.node(level, index);
        }

        @Override
        public void write(TreeGrowth growth) {
            nodes.write(growth);
        }
    }
}
