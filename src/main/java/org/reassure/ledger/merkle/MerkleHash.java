package org.reassure.ledger.merkle;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The RFC 9162 section 2.1.1 hashing scheme with SHA-256: leaves and interior nodes are hashed
 * under different one-byte prefixes so that a leaf can never be passed off as an interior node.
 *
 * <p>An instance wraps one {@link MessageDigest} and is therefore not thread-safe: keep one per
 * thread. The offset-based {@link #node(byte[], int, byte[], int, byte[], int)} writes into a
 * caller's buffer so that tree building allocates nothing per node.
 */
public final class MerkleHash {

    /** Length in bytes of every hash in the tree. */
    public static final int LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final byte[] EMPTY_TREE = new MerkleHash().sha256.digest();

    private final MessageDigest sha256;

    public MerkleHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** MTH({}) = SHA-256(""): the root hash of the empty tree. */
    public static byte[] emptyTree() {
        return EMPTY_TREE.clone();
    }

    /** SHA-256(0x00 || entry). */
    public byte[] leaf(byte[] entry) {
        sha256.update(LEAF_PREFIX);
        sha256.update(entry);
        return sha256.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public byte[] node(byte[] left, byte[] right) {
        sha256.update(NODE_PREFIX);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /**
     * SHA-256(0x01 || left || right) for two 32-byte hashes read from, and written to, offsets in
     * larger buffers. {@code out} may be the same array as an input.
     */
    public void node(byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
        sha256.update(NODE_PREFIX);
        sha256.update(left, leftOffset, LENGTH);
        sha256.update(right, rightOffset, LENGTH);
        try {
            sha256.digest(out, outOffset, LENGTH);
        } catch (DigestException e) {
            throw new IllegalArgumentException("no room for a hash at offset " + outOffset + " of out", e);
        }
    }
}
