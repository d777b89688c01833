package org.reassure.ledger.merkle;

/**
 * Where the log keeps the hashes of its perfect subtrees.
 *
 * <p>The node at (level, index) is the root of the perfect subtree over leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}; level 0 holds the leaf hashes. Only perfect
 * subtrees are stored, so a node never changes once written: the hashes on the ragged right
 * border of a tree are recomputed on demand from the stored nodes beneath them (the
 * Trillian/Tessera "tile" idea). That makes every read safe against concurrent appends as long
 * as it asks only for nodes under a size it has already read.
 */
public interface NodeStore {

    /** Number of leaves appended so far. */
    long size();

    /**
     * Hash of the perfect subtree at (level, index); requires {@code (index + 1) * 2^level <= size()}.
     * The caller owns the returned array.
     */
    byte[] node(int level, long index);

    /**
     * Stores, all or nothing, the nodes completed by growing the tree, and then the new size.
     *
     * @throws IllegalStateException if the store no longer has {@code growth.fromSize()} leaves
     */
    void write(TreeGrowth growth);
}
