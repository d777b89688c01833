package org.reassure.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProofVerifierTest {

    private static final byte[] EMPTY = MerkleHash.emptyTree();
    private static final byte[] SOME = Bytes.hex("abacaba000000000000000000000000000000000000000000060061e00123456");

    @Test
    void inclusionInATreeTooSmallForTheLeafFails() {
        for (long[] indexAndSize : new long[][] {{0, 0}, {1, 0}, {1, 1}, {2, 1}, {-1, 1}}) {
            assertThat(ProofVerifier.verifyInclusion(SOME, indexAndSize[0], indexAndSize[1], List.of(), SOME)).isFalse();
        }
    }

    @Test
    void singleLeafTreeProvesItsLeafWithAnEmptyPathOnly() {
        byte[] leaf = new MerkleHash().leaf(new byte[] {42});

        assertThat(ProofVerifier.verifyInclusion(leaf, 0, 1, List.of(), leaf)).isTrue();
        assertThat(ProofVerifier.verifyInclusion(leaf, 0, 1, List.of(leaf), leaf)).isFalse();
        assertThat(ProofVerifier.verifyInclusion(leaf, 0, 1, List.of(), SOME)).isFalse();
        assertThat(ProofVerifier.verifyInclusion(new byte[0], 0, 1, List.of(), new byte[0])).isFalse();
    }

    @Test
    void everyTreeExtendsTheEmptyTreeWithAnEmptyPath() {
        assertThat(ProofVerifier.verifyConsistency(0, 0, EMPTY, EMPTY, List.of())).isTrue();
        assertThat(ProofVerifier.verifyConsistency(0, 7, EMPTY, SOME, List.of())).isTrue();
        assertThat(ProofVerifier.verifyConsistency(0, 7, EMPTY, SOME, List.of(SOME))).isFalse();
        assertThat(ProofVerifier.verifyConsistency(0, 7, SOME, SOME, List.of())).isFalse();
    }

    @Test
    void equalSizesAreConsistentOnlyWithEqualRootsAndAnEmptyPath() {
        assertThat(ProofVerifier.verifyConsistency(5, 5, SOME, SOME, List.of())).isTrue();
        assertThat(ProofVerifier.verifyConsistency(5, 5, SOME, EMPTY, List.of())).isFalse();
        assertThat(ProofVerifier.verifyConsistency(5, 5, SOME, SOME, List.of(SOME))).isFalse();
    }

    @Test
    void shrinkingTreesAndEmptyPathsAreNeverConsistent() {
        assertThat(ProofVerifier.verifyConsistency(1, 0, SOME, SOME, List.of())).isFalse();
        assertThat(ProofVerifier.verifyConsistency(2, 1, SOME, SOME, List.of())).isFalse();
        assertThat(ProofVerifier.verifyConsistency(1, 2, SOME, SOME, List.of())).isFalse();
        assertThat(ProofVerifier.verifyConsistency(-1, 2, SOME, SOME, List.of())).isFalse();
    }
}
