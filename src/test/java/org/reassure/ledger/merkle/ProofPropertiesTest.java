package org.reassure.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.ledger.merkle.Bytes.hex;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The incremental log against RFC 9162 written out literally ({@link Rfc9162Reference}). */
class ProofPropertiesTest {

    private static final int MAX_LOG = 3000;

    private final MerkleHash hash = new MerkleHash();

    record Inclusion(int logSize, int treeSize, int leafIndex) {
    }

    record Consistency(int logSize, int firstSize, int secondSize) {
    }

    @Provide
    Arbitrary<Inclusion> inclusions() {
        return Arbitraries.integers().between(1, MAX_LOG).flatMap(logSize ->
                Arbitraries.integers().between(1, logSize).flatMap(treeSize ->
                        Arbitraries.integers().between(0, treeSize - 1).map(leaf -> new Inclusion(logSize, treeSize, leaf))));
    }

    @Provide
    Arbitrary<Consistency> consistencies() {
        return Arbitraries.integers().between(1, MAX_LOG).flatMap(logSize ->
                Arbitraries.integers().between(1, logSize).flatMap(second ->
                        Arbitraries.integers().between(0, second).map(first -> new Consistency(logSize, first, second))));
    }

    @Property(tries = 300)
    void inclusionProofIsTheRfcPathAndVerifies(@ForAll("inclusions") Inclusion query) {
        List<byte[]> entries = entries(query.logSize());
        MerkleLog log = logOf(entries);
        List<byte[]> tree = entries.subList(0, query.treeSize());

        InclusionProof proof = log.inclusionProof(query.leafIndex(), query.treeSize());

        byte[] root = Rfc9162Reference.mth(tree);
        assertThat(hex(log.rootHash(query.treeSize()))).isEqualTo(hex(root));
        assertThat(hex(proof.path())).isEqualTo(hex(Rfc9162Reference.path(query.leafIndex(), tree)));
        assertThat(proof.verify(hash.leaf(entries.get(query.leafIndex())), root)).isTrue();
    }

    @Property(tries = 200)
    void forgedInclusionClaimsFail(@ForAll("inclusions") Inclusion query) {
        MerkleLog log = logOf(entries(query.logSize()));
        InclusionProof proof = log.inclusionProof(query.leafIndex(), query.treeSize());
        InclusionClaim genuine = InclusionClaim.genuine(
                log.leafHash(query.leafIndex()), query.leafIndex(), query.treeSize(), proof.path(), log.rootHash(query.treeSize()));

        assertThat(genuine.verifies()).isTrue();
        assertThat(genuine.forgeries()).noneMatch(InclusionClaim::verifies);
    }

    @Property(tries = 300)
    void consistencyProofIsTheRfcProofAndVerifies(@ForAll("consistencies") Consistency query) {
        List<byte[]> entries = entries(query.logSize());
        MerkleLog log = logOf(entries);

        ConsistencyProof proof = log.consistencyProof(query.firstSize(), query.secondSize());

        byte[] firstRoot = Rfc9162Reference.mth(entries.subList(0, query.firstSize()));
        byte[] secondRoot = Rfc9162Reference.mth(entries.subList(0, query.secondSize()));
        if (query.firstSize() > 0) {
            assertThat(hex(proof.path())).isEqualTo(hex(Rfc9162Reference.proof(query.firstSize(), entries.subList(0, query.secondSize()))));
        } else {
            assertThat(proof.path()).isEmpty();
        }
        assertThat(proof.verify(firstRoot, secondRoot)).isTrue();
    }

    @Property(tries = 200)
    void forgedConsistencyClaimsFail(@ForAll("consistencies") Consistency query) {
        MerkleLog log = logOf(entries(query.logSize()));
        ConsistencyProof proof = log.consistencyProof(query.firstSize(), query.secondSize());
        ConsistencyClaim genuine = ConsistencyClaim.genuine(
                query.firstSize(), query.secondSize(), log.rootHash(query.firstSize()), log.rootHash(query.secondSize()), proof.path());

        assertThat(genuine.verifies()).isTrue();
        if (!proof.path().isEmpty()) {
            assertThat(genuine.forgeries()).noneMatch(ConsistencyClaim::verifies);
        }
    }

    @Property(tries = 100)
    void batchBoundariesDoNotChangeTheTree(
            @ForAll @IntRange(min = 1, max = MAX_LOG) int size, @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 400) Integer> batches) {
        List<byte[]> entries = entries(size);
        MerkleLog batched = new MerkleLog(new InMemoryNodeStore());
        int appended = 0;
        for (int batch : batches) {
            int to = Math.min(size, appended + batch);
            if (to > appended) {
                batched.append(leafHashes(entries.subList(appended, to)));
                appended = to;
            }
        }
        if (appended < size) {
            batched.append(leafHashes(entries.subList(appended, size)));
        }
        MerkleLog oneByOne = new MerkleLog(new InMemoryNodeStore());
        entries.forEach(entry -> oneByOne.append(hash.leaf(entry)));

        for (long treeSize = 0; treeSize <= size; treeSize += 1 + treeSize / 7) {
            assertThat(batched.rootHash(treeSize)).isEqualTo(oneByOne.rootHash(treeSize));
        }
        assertThat(batched.rootHash()).isEqualTo(Rfc9162Reference.mth(entries));
    }

    @Property(tries = 20)
    void rootAtEverySizeIsTheRfcRoot(@ForAll @IntRange(min = 1, max = 200) int size) {
        List<byte[]> entries = entries(size);
        MerkleLog log = logOf(entries);

        for (int treeSize = 0; treeSize <= size; treeSize++) {
            assertThat(hex(log.rootHash(treeSize))).isEqualTo(hex(Rfc9162Reference.mth(entries.subList(0, treeSize))));
        }
    }

    @Property(tries = 50)
    void proofsAgainstAForeignRootFail(@ForAll("inclusions") Inclusion query) {
        List<byte[]> entries = entries(query.logSize());
        MerkleLog log = logOf(entries);
        List<byte[]> otherEntries = new ArrayList<>(entries);
        otherEntries.set(query.treeSize() - 1, "rewritten history".getBytes());
        byte[] foreignRoot = Rfc9162Reference.mth(otherEntries.subList(0, query.treeSize()));

        InclusionProof proof = log.inclusionProof(query.leafIndex(), query.treeSize());

        assertThat(proof.verify(log.leafHash(query.leafIndex()), foreignRoot)).isFalse();
    }

    private MerkleLog logOf(List<byte[]> entries) {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        log.append(leafHashes(entries));
        return log;
    }

    private List<byte[]> leafHashes(List<byte[]> entries) {
        return entries.stream().map(hash::leaf).toList();
    }

    private static List<byte[]> entries(int count) {
        List<byte[]> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(Bytes.entry(i));
        }
        return entries;
    }
}
