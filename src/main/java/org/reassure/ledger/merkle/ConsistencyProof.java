package org.reassure.ledger.merkle;

import java.util.List;

/**
 * Proof that the tree of {@code secondSize} leaves extends the tree of {@code firstSize} leaves:
 * the RFC 9162 consistency path.
 */
public record ConsistencyProof(long firstSize, long secondSize, List<byte[]> path) {

    public ConsistencyProof {
        if (firstSize < 0) {
            throw new IllegalArgumentException("firstSize must be >= 0, got " + firstSize);
        }
        if (firstSize > secondSize) {
            throw new IllegalArgumentException("firstSize " + firstSize + " must be <= secondSize " + secondSize);
        }
        path = ProofPath.copyOf(path);
    }

    /** Whether this proof shows that the tree with {@code secondHash} extends the one with {@code firstHash}. */
    public boolean verify(byte[] firstHash, byte[] secondHash) {
        return ProofVerifier.verifyConsistency(firstSize, secondSize, firstHash, secondHash, path);
    }

    /** The hashes are copies; change one and the proof is unchanged. */
    @Override
    public List<byte[]> path() {
        return path.stream().map(byte[]::clone).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsistencyProof proof
                && firstSize == proof.firstSize && secondSize == proof.secondSize && ProofPath.equal(path, proof.path);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(firstSize) + Long.hashCode(secondSize)) + ProofPath.hashCode(path);
    }

    @Override
    public String toString() {
        return "ConsistencyProof[firstSize=" + firstSize + ", secondSize=" + secondSize + ", path=" + ProofPath.toString(path) + "]";
    }
}
