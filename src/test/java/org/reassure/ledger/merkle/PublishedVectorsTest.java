package org.reassure.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.ledger.merkle.Bytes.hex;
import static org.reassure.ledger.merkle.Bytes.hexes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Certificate Transparency reference test vectors, copied verbatim.
 *
 * <p>Inputs, roots, inclusion paths and consistency proofs: google/certificate-transparency,
 * {@code cpp/merkletree/merkle_tree_test.cc} ({@code kInputs}, {@code kSHA256Roots},
 * {@code kSHA256Paths}, {@code kSHA256Proofs}), repeated in transparency-dev/merkle,
 * {@code proof/verify_test.go} ({@code leaves}, {@code roots}, {@code inclusionProofs},
 * {@code consistencyProofs}), which adds the 6 -> 7 consistency proof. Both number leaves from 1
 * in their path vectors; the tests below subtract 1 for the RFC's 0-based leaf index.
 */
class PublishedVectorsTest {

    private static final List<byte[]> INPUTS = hexes(
            "",
            "00",
            "10",
            "2021",
            "3031",
            "40414243",
            "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    private static final String EMPTY_TREE_ROOT = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** Root of the tree of the first i + 1 inputs. */
    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    record PublishedPath(int leaf, int snapshot, List<String> path) {
        long leafIndex() {
            return leaf - 1L;
        }
    }

    private static final List<PublishedPath> PATHS = List.of(
            new PublishedPath(1, 1, List.of()),
            new PublishedPath(1, 8, List.of(
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new PublishedPath(6, 8, List.of(
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new PublishedPath(3, 3, List.of(
                    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
            new PublishedPath(2, 5, List.of(
                    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

    record PublishedConsistency(int snapshot1, int snapshot2, List<String> proof) {
    }

    private static final List<PublishedConsistency> CONSISTENCIES = List.of(
            new PublishedConsistency(1, 1, List.of()),
            new PublishedConsistency(1, 8, List.of(
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new PublishedConsistency(6, 8, List.of(
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new PublishedConsistency(2, 5, List.of(
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
            // Only in transparency-dev/merkle proof/verify_test.go.
            new PublishedConsistency(6, 7, List.of(
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

    private final MerkleHash hash = new MerkleHash();

    @Test
    void emptyLogHasThePublishedEmptyRoot() {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());

        assertThat(hex(log.rootHash())).isEqualTo(EMPTY_TREE_ROOT);
        assertThat(hex(log.rootHash(0))).isEqualTo(EMPTY_TREE_ROOT);
    }

    @Test
    void appendingOneByOneGivesThePublishedRootAtEverySizeSoFar() {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        for (int i = 0; i < INPUTS.size(); i++) {
            log.append(hash.leaf(INPUTS.get(i)));

            assertThat(hex(log.rootHash())).isEqualTo(ROOTS.get(i));
            for (int size = 1; size <= i + 1; size++) {
                assertThat(hex(log.rootHash(size))).as("root at size %d after %d appends", size, i + 1).isEqualTo(ROOTS.get(size - 1));
            }
            assertThat(hex(log.rootHash(0))).isEqualTo(EMPTY_TREE_ROOT);
        }
    }

    @Test
    void appendingInBatchesGivesThePublishedRoots() {
        MerkleLog allAtOnce = new MerkleLog(new InMemoryNodeStore());
        allAtOnce.append(leafHashes(0, 8));
        MerkleLog threeThenFive = new MerkleLog(new InMemoryNodeStore());
        threeThenFive.append(leafHashes(0, 3));
        assertThat(hex(threeThenFive.rootHash())).isEqualTo(ROOTS.get(2));
        threeThenFive.append(leafHashes(3, 8));

        for (int size = 1; size <= 8; size++) {
            assertThat(hex(allAtOnce.rootHash(size))).isEqualTo(ROOTS.get(size - 1));
            assertThat(hex(threeThenFive.rootHash(size))).isEqualTo(ROOTS.get(size - 1));
        }
    }

    @Test
    void literalRfcReferenceReproducesThePublishedRoots() {
        assertThat(hex(Rfc9162Reference.mth(List.of()))).isEqualTo(EMPTY_TREE_ROOT);
        for (int size = 1; size <= 8; size++) {
            assertThat(hex(Rfc9162Reference.mth(INPUTS.subList(0, size)))).isEqualTo(ROOTS.get(size - 1));
        }
    }

    @Test
    void inclusionProofsAreThePublishedPaths() {
        MerkleLog log = fullLog();
        for (PublishedPath published : PATHS) {
            InclusionProof proof = log.inclusionProof(published.leafIndex(), published.snapshot());

            assertThat(hex(proof.path())).as("path for leaf %d in %d", published.leaf(), published.snapshot()).isEqualTo(published.path());
            assertThat(hex(Rfc9162Reference.path((int) published.leafIndex(), INPUTS.subList(0, published.snapshot()))))
                    .isEqualTo(published.path());
        }
    }

    @Test
    void publishedPathsVerifyAndEveryForgeryOfThemFails() {
        for (PublishedPath published : PATHS) {
            InclusionClaim claim = InclusionClaim.genuine(
                    hash.leaf(INPUTS.get((int) published.leafIndex())),
                    published.leafIndex(),
                    published.snapshot(),
                    hexes(published.path().toArray(String[]::new)),
                    Bytes.hex(ROOTS.get(published.snapshot() - 1)));

            assertThat(claim.verifies()).as("%s", claim).isTrue();
            assertThat(claim.forgeries()).noneMatch(InclusionClaim::verifies);
        }
    }

    @Test
    void consistencyProofsAreThePublishedProofs() {
        MerkleLog log = fullLog();
        for (PublishedConsistency published : CONSISTENCIES) {
            ConsistencyProof proof = log.consistencyProof(published.snapshot1(), published.snapshot2());

            assertThat(hex(proof.path())).as("proof %d -> %d", published.snapshot1(), published.snapshot2()).isEqualTo(published.proof());
            assertThat(hex(Rfc9162Reference.proof(published.snapshot1(), INPUTS.subList(0, published.snapshot2()))))
                    .isEqualTo(published.proof());
        }
    }

    @Test
    void publishedConsistencyProofsVerifyAndEveryForgeryOfThemFails() {
        for (PublishedConsistency published : CONSISTENCIES) {
            ConsistencyClaim claim = ConsistencyClaim.genuine(
                    published.snapshot1(),
                    published.snapshot2(),
                    Bytes.hex(ROOTS.get(published.snapshot1() - 1)),
                    Bytes.hex(ROOTS.get(published.snapshot2() - 1)),
                    hexes(published.proof().toArray(String[]::new)));

            assertThat(claim.verifies()).as("%s", claim).isTrue();
            if (!claim.path().isEmpty()) {
                assertThat(claim.forgeries()).noneMatch(ConsistencyClaim::verifies);
            }
        }
    }

    private MerkleLog fullLog() {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        log.append(leafHashes(0, INPUTS.size()));
        return log;
    }

    private List<byte[]> leafHashes(int from, int to) {
        List<byte[]> leafHashes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            leafHashes.add(hash.leaf(INPUTS.get(i)));
        }
        return leafHashes;
    }
}
