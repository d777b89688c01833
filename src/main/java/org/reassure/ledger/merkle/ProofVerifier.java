package org.reassure.ledger.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * Client-side verification of inclusion and consistency proofs, step for step as RFC 9162
 * sections 2.1.3.2 and 2.1.4.2 write it, so that the browser and CLI verifiers can mirror it line
 * by line. It shares nothing with proof generation but the hash function.
 *
 * <p>A proof that does not verify, for whatever reason (wrong sizes, malformed hashes, extra or
 * missing path entries), yields {@code false}, never an exception.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /** RFC 9162 section 2.1.3.2: whether {@code path} proves {@code leafHash} at {@code leafIndex} in the tree of {@code treeSize} leaves with {@code rootHash}. */
    public static boolean verifyInclusion(byte[] leafHash, long leafIndex, long treeSize, List<byte[]> path, byte[] rootHash) {
        if (!isHash(leafHash) || !isHash(rootHash) || leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        MerkleHash hash = new MerkleHash();
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (!isHash(p) || sn == 0) {
                return false;
            }
            if (isOdd(fn) || fn == sn) {
                r = hash.node(p, r);
                while (!isOdd(fn) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /**
     * RFC 9162 section 2.1.4.2: whether {@code path} proves that the tree of {@code secondSize}
     * leaves with {@code secondHash} extends the tree of {@code firstSize} leaves with
     * {@code firstHash}. The RFC covers {@code 0 < firstSize < secondSize}; equal sizes are
     * consistent when the hashes are equal, and every tree extends the empty one; both only with
     * an empty path.
     */
    public static boolean verifyConsistency(long firstSize, long secondSize, byte[] firstHash, byte[] secondHash, List<byte[]> path) {
        if (!isHash(firstHash) || !isHash(secondHash) || firstSize < 0 || firstSize > secondSize) {
            return false;
        }
        if (firstSize == 0) {
            return path.isEmpty() && MessageDigest.isEqual(firstHash, MerkleHash.emptyTree());
        }
        if (firstSize == secondSize) {
            return path.isEmpty() && MessageDigest.isEqual(firstHash, secondHash);
        }
        if (path.isEmpty()) {
            return false;
        }
        // A first tree of 2^k leaves is itself a node of the second tree, left out of the path.
        boolean firstIsPath0 = Long.bitCount(firstSize) == 1;
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        while (isOdd(fn)) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = firstIsPath0 ? firstHash : path.get(0);
        if (!isHash(fr)) {
            return false;
        }
        byte[] sr = fr;
        MerkleHash hash = new MerkleHash();
        for (int i = firstIsPath0 ? 0 : 1; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (!isHash(c) || sn == 0) {
                return false;
            }
            if (isOdd(fn) || fn == sn) {
                fr = hash.node(c, fr);
                sr = hash.node(c, sr);
                while (!isOdd(fn) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = hash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash);
    }

    private static boolean isOdd(long n) {
        return (n & 1) == 1;
    }

    private static boolean isHash(byte[] bytes) {
        return bytes != null && bytes.length == MerkleHash.LENGTH;
    }
}
