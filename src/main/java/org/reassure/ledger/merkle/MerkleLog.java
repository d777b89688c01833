package org.reassure.ledger.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only RFC 9162 Merkle tree over a {@link NodeStore}.
 *
 * <p>Appending completes perfect subtrees bottom-up, O(log n) hashes per leaf, and writes them
 * once. Root hashes and proofs, for the current size or any earlier one, read the O(log n)
 * stored perfect subtrees they need and hash only the few ephemeral nodes on the right border
 * of the requested tree: no leaf is ever hashed again.
 *
 * <p>Appends are serialized; reads take no lock and may run concurrently with an append.
 */
public final class MerkleLog {

    private static final ThreadLocal<MerkleHash> HASH = ThreadLocal.withInitial(MerkleHash::new);

    private final NodeStore store;

    public MerkleLog(NodeStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Number of leaves in the log. */
    public long size() {
        return store.size();
    }

    /** Appends one leaf hash, SHA-256(0x00 || entry), and returns its leaf index. */
    public long append(byte[] leafHash) {
        return append(List.of(leafHash));
    }

    /** Appends leaf hashes in order, storing all the subtrees they complete at once; returns the index of the first. */
    public synchronized long append(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            throw new IllegalArgumentException("leafHashes must not be empty");
        }
        long fromSize = store.size();
        byte[] leaves = new byte[Math.multiplyExact(leafHashes.size(), MerkleHash.LENGTH)];
        for (int i = 0; i < leafHashes.size(); i++) {
            byte[] leafHash = leafHashes.get(i);
            requireHash(leafHash, "leafHashes[" + i + "]");
            System.arraycopy(leafHash, 0, leaves, i * MerkleHash.LENGTH, MerkleHash.LENGTH);
        }
        store.write(grow(fromSize, fromSize + leafHashes.size(), leaves));
        return fromSize;
    }

    /** Root hash of the tree at its current size. */
    public byte[] rootHash() {
        return rootHash(store.size());
    }

    /** Root hash MTH(D[0:treeSize]) of the tree as it was when it held {@code treeSize} leaves. */
    public byte[] rootHash(long treeSize) {
        requireSize(treeSize, "treeSize");
        return treeSize == 0 ? MerkleHash.emptyTree() : subtreeHash(0, treeSize, HASH.get());
    }

    /** Hash of the leaf at {@code leafIndex}, as appended. */
    public byte[] leafHash(long leafIndex) {
        long size = store.size();
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leafIndex " + leafIndex + " is outside the log of size " + size);
        }
        return store.node(0, leafIndex);
    }

    /** The RFC 9162 section 2.1.3.1 inclusion proof PATH(leafIndex, D[0:treeSize]). */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        requireSize(treeSize, "treeSize");
        if (leafIndex < 0) {
            throw new IllegalArgumentException("leafIndex must be >= 0, got " + leafIndex);
        }
        if (leafIndex >= treeSize) {
            throw new IllegalArgumentException("leafIndex must be < treeSize, got leafIndex " + leafIndex + " and treeSize " + treeSize);
        }
        List<byte[]> path = new ArrayList<>(64);
        appendPath(path, 0, leafIndex, treeSize, HASH.get());
        return new InclusionProof(leafIndex, treeSize, path);
    }

    /** The RFC 9162 section 2.1.4.1 consistency proof PROOF(firstSize, D[0:secondSize]). */
    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        requireSize(secondSize, "secondSize");
        if (firstSize < 0) {
            throw new IllegalArgumentException("firstSize must be >= 0, got " + firstSize);
        }
        if (firstSize > secondSize) {
            throw new IllegalArgumentException("firstSize " + firstSize + " must be <= secondSize " + secondSize);
        }
        List<byte[]> path = new ArrayList<>(64);
        if (firstSize > 0 && firstSize < secondSize) {
            // SUBPROOF descends to the largest perfect subtree that ends where the first tree ends,
            // then climbs back up exactly as the inclusion path of that subtree does.
            int level = Long.numberOfTrailingZeros(firstSize);
            long index = (firstSize - 1) >> level;
            if (index > 0) {
                path.add(store.node(level, index)); // the first root is not this node, so the proof must name it
            }
            appendPath(path, level, index, secondSize, HASH.get());
        }
        return new ConsistencyProof(firstSize, secondSize, path);
    }

    private TreeGrowth grow(long fromSize, long toSize, byte[] leaves) {
        MerkleHash hash = HASH.get();
        List<NodeRun> runs = new ArrayList<>();
        runs.add(new NodeRun(0, fromSize, leaves));
        for (int level = 1; level < TreeGrowth.levelsGaining(fromSize, toSize); level++) {
            runs.add(parentsCompletedBy(runs.get(level - 1), hash));
        }
        return new TreeGrowth(fromSize, toSize, runs);
    }

    /** The nodes one level up whose right child is in {@code children}. */
    private NodeRun parentsCompletedBy(NodeRun children, MerkleHash hash) {
        long first = children.firstIndex() >> 1;
        int count = (int) ((children.endIndex() >> 1) - first);
        byte[] below = children.hashes();
        byte[] parents = new byte[count * MerkleHash.LENGTH];
        for (int i = 0; i < count; i++) {
            long right = 2 * (first + i) + 1;
            int rightOffset = (int) (right - children.firstIndex()) * MerkleHash.LENGTH;
            if (rightOffset == 0) {
                // The left child was completed by an earlier append.
                hash.node(store.node(children.level(), right - 1), 0, below, 0, parents, 0);
            } else {
                hash.node(below, rightOffset - MerkleHash.LENGTH, below, rightOffset, parents, i * MerkleHash.LENGTH);
            }
        }
        return new NodeRun(children.level() + 1, first, parents);
    }

    /**
     * Appends the siblings of the node at (level, index) and of each of its ancestors, bottom-up,
     * in the tree of {@code treeSize} leaves. A sibling wholly beyond the tree does not exist there
     * (its parent collapses into the node itself) and is skipped.
     */
    private void appendPath(List<byte[]> path, int level, long index, long treeSize, MerkleHash hash) {
        for (; (treeSize - 1) >> level > 0; level++, index >>= 1) {
            long sibling = index ^ 1;
            long start = sibling << level;
            if (start >= treeSize) {
                continue;
            }
            long end = Math.min(start + (1L << level), treeSize);
            path.add(end - start == 1L << level ? store.node(level, sibling) : subtreeHash(start, end, hash));
        }
    }

    /**
     * MTH(D[start:end]) for a subtree of the RFC tree, i.e. {@code start} is a multiple of a power
     * of two at least {@code end - start}. Its perfect subtrees sit left to right in decreasing
     * size, one per set bit of the length; the hash folds them from the right.
     */
    private byte[] subtreeHash(long start, long end, MerkleHash hash) {
        long remaining = end - start;
        int level = Long.numberOfTrailingZeros(remaining);
        byte[] acc = store.node(level, (end >> level) - 1);
        remaining -= 1L << level;
        while (remaining > 0) {
            level = Long.numberOfTrailingZeros(remaining);
            hash.node(store.node(level, ((start + remaining) >> level) - 1), 0, acc, 0, acc, 0);
            remaining -= 1L << level;
        }
        return acc;
    }

    private void requireSize(long treeSize, String name) {
        if (treeSize < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + treeSize);
        }
        long size = store.size();
        if (treeSize > size) {
            throw new IllegalArgumentException(name + " " + treeSize + " exceeds the log size " + size);
        }
    }

    private static void requireHash(byte[] hash, String name) {
        Objects.requireNonNull(hash, name);
        if (hash.length != MerkleHash.LENGTH) {
            throw new IllegalArgumentException(name + " must be " + MerkleHash.LENGTH + " bytes, got " + hash.length);
        }
    }
}
