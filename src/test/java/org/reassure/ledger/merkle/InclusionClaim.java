package org.reassure.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/** What an inclusion proof asserts, and the ways a forger might bend it. */
record InclusionClaim(String description, byte[] leafHash, long leafIndex, long treeSize, List<byte[]> path, byte[] rootHash) {

    static InclusionClaim genuine(byte[] leafHash, long leafIndex, long treeSize, List<byte[]> path, byte[] rootHash) {
        return new InclusionClaim("genuine", leafHash, leafIndex, treeSize, path, rootHash);
    }

    boolean verifies() {
        return ProofVerifier.verifyInclusion(leafHash, leafIndex, treeSize, path, rootHash);
    }

    /** Every claim that differs from this genuine one in one detail; none of them may verify. */
    List<InclusionClaim> forgeries() {
        List<InclusionClaim> forgeries = new ArrayList<>(List.of(
                withIndex("leafIndex - 1", leafIndex - 1),
                withIndex("leafIndex + 1", leafIndex + 1),
                withIndex("leafIndex ^ 2", leafIndex ^ 2),
                withSize("treeSize * 2", treeSize * 2),
                withSize("treeSize / 2", treeSize / 2),
                new InclusionClaim("tampered leaf", Bytes.flipBit(leafHash, 0), leafIndex, treeSize, path, rootHash),
                new InclusionClaim("tampered root", leafHash, leafIndex, treeSize, path, Bytes.flipBit(rootHash, 255)),
                new InclusionClaim("empty tree root", leafHash, leafIndex, treeSize, path, MerkleHash.emptyTree()),
                withPath("trailing garbage", Bytes.append(path, new byte[0])),
                withPath("trailing root", Bytes.append(path, rootHash)),
                withPath("preceding garbage", Bytes.prepend(new byte[0], path)),
                withPath("preceding root", Bytes.prepend(rootHash, path))));
        for (int i = 0; i < path.size(); i++) {
            forgeries.add(withPath("flipped bit in path[" + i + "]", Bytes.withFlippedBit(path, i, 3)));
        }
        if (!path.isEmpty()) {
            forgeries.add(withPath("removed last component", path.subList(0, path.size() - 1)));
            forgeries.add(withPath("inserted component", Bytes.prepend(path.get(0), Bytes.prepend(rootHash, path.subList(1, path.size())))));
        }
        return forgeries;
    }

    private InclusionClaim withIndex(String what, long index) {
        return new InclusionClaim(what, leafHash, index, treeSize, path, rootHash);
    }

    private InclusionClaim withSize(String what, long size) {
        return new InclusionClaim(what, leafHash, leafIndex, size, path, rootHash);
    }

    private InclusionClaim withPath(String what, List<byte[]> forgedPath) {
        return new InclusionClaim(what, leafHash, leafIndex, treeSize, forgedPath, rootHash);
    }

    @Override
    public String toString() {
        return description + " (leafIndex " + leafIndex + ", treeSize " + treeSize + ", " + path.size() + " path hashes)";
    }
}
