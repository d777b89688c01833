package org.reassure.ledger.merkle;

import java.util.List;

/**
 * Proof that the leaf at {@code leafIndex} is in the tree of {@code treeSize} leaves: the RFC 9162
 * inclusion path, sibling hashes from the leaf up to the root.
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {

    public InclusionProof {
        if (leafIndex < 0) {
            throw new IllegalArgumentException("leafIndex must be >= 0, got " + leafIndex);
        }
        if (leafIndex >= treeSize) {
            throw new IllegalArgumentException("leafIndex must be < treeSize, got leafIndex " + leafIndex + " and treeSize " + treeSize);
        }
        path = ProofPath.copyOf(path);
    }

    /** Whether this proof shows that {@code leafHash} is at {@code leafIndex} in the tree with {@code rootHash}. */
    public boolean verify(byte[] leafHash, byte[] rootHash) {
        return ProofVerifier.verifyInclusion(leafHash, leafIndex, treeSize, path, rootHash);
    }

    /** The hashes are copies; change one and the proof is unchanged. */
    @Override
    public List<byte[]> path() {
        return path.stream().map(byte[]::clone).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InclusionProof proof
                && leafIndex == proof.leafIndex && treeSize == proof.treeSize && ProofPath.equal(path, proof.path);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(leafIndex) + Long.hashCode(treeSize)) + ProofPath.hashCode(path);
    }

    @Override
    public String toString() {
        return "InclusionProof[leafIndex=" + leafIndex + ", treeSize=" + treeSize + ", path=" + ProofPath.toString(path) + "]";
    }
}
