package org.reassure.ledger.merkle;

import java.util.List;

/**
 * The perfect subtrees completed by growing the tree from {@code fromSize} to {@code toSize}
 * leaves: at each level L, the nodes {@code fromSize >> L} up to {@code toSize >> L}, one run per
 * level from the leaves (level 0) up to the highest level that gained a node.
 */
public record TreeGrowth(long fromSize, long toSize, List<NodeRun> runs) {

    public TreeGrowth {
        if (fromSize < 0) {
            throw new IllegalArgumentException("fromSize must be >= 0, got " + fromSize);
        }
        if (toSize <= fromSize) {
            throw new IllegalArgumentException("toSize " + toSize + " must exceed fromSize " + fromSize);
        }
        runs = List.copyOf(runs);
        int levels = levelsGaining(fromSize, toSize);
        if (runs.size() != levels) {
            throw new IllegalArgumentException(
                    "growing " + fromSize + " -> " + toSize + " completes nodes on " + levels + " levels, got " + runs.size() + " runs");
        }
        for (int level = 0; level < levels; level++) {
            NodeRun run = runs.get(level);
            long first = fromSize >> level;
            long end = toSize >> level;
            if (run.level() != level || run.firstIndex() != first || run.endIndex() != end) {
                throw new IllegalArgumentException(
                        "runs[" + level + "] must cover level " + level + " nodes [" + first + ", " + end + "), got " + run);
            }
        }
    }

    /** Number of levels, counting from 0, on which growing the tree completes at least one node. */
    static int levelsGaining(long fromSize, long toSize) {
        // Level L gains nodes iff the sizes differ above bit L: i.e. below the highest differing bit, plus one.
        return 64 - Long.numberOfLeadingZeros(fromSize ^ toSize);
    }
}
