package org.reassure.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryNodeStoreTest {

    @Test
    void storesEachLevelInOrderAcrossChunkBoundaries() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        long size = 0;
        for (int batch : new int[] {1, 2, 13, 40_000, 3, 50_000}) {
            store.write(growth(size, size + batch));
            size += batch;
        }

        assertThat(store.size()).isEqualTo(size);
        for (int level = 0; (size >> level) > 0; level++) {
            for (long index : new long[] {0, (size >> level) / 2, (size >> level) - 1}) {
                assertThat(store.node(level, index)).as("level %d index %d", level, index).isEqualTo(marker(level, index));
            }
        }
        // 2n - popcount(n) nodes of 32 bytes, give or take the unfilled part of each level's last chunk.
        assertThat(store.allocatedBytes()).isBetween((2 * size - Long.bitCount(size)) * 32, (2 * size) * 32 + 17L * (1 << 18));
    }

    @Test
    void refusesNodesThatAreNotYetPerfectSubtrees() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        store.write(growth(0, 5));

        assertThat(store.node(2, 0)).isEqualTo(marker(2, 0));
        assertThatThrownBy(() -> store.node(0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node (level 0, index 5) is not a perfect subtree of the 5 stored leaves");
        assertThatThrownBy(() -> store.node(1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.node(3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.node(64, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesGrowthFromAStaleSize() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        store.write(growth(0, 3));

        assertThatThrownBy(() -> store.write(growth(2, 4))).isInstanceOf(IllegalStateException.class)
                .hasMessage("growth starts at 2 leaves but the store holds 3");
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void growthMustCoverExactlyTheCompletedNodes() {
        List<NodeRun> leavesOnly = List.of(new NodeRun(0, 1, new byte[32]));

        // Growing 1 -> 2 also completes node (1, 0).
        assertThatThrownBy(() -> new TreeGrowth(1, 2, leavesOnly)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("growing 1 -> 2 completes nodes on 2 levels, got 1 runs");
        assertThatThrownBy(() -> new TreeGrowth(2, 2, List.of())).hasMessage("toSize 2 must exceed fromSize 2");
        assertThatThrownBy(() -> new NodeRun(0, 0, new byte[31])).hasMessage("hashes must be a positive multiple of 32 bytes, got 31");
    }

    /** The growth from one size to another, each node holding a hash-sized marker of its position. */
    private static TreeGrowth growth(long fromSize, long toSize) {
        List<NodeRun> runs = new ArrayList<>();
        for (int level = 0; (toSize >> level) > (fromSize >> level); level++) {
            long first = fromSize >> level;
            int count = (int) ((toSize >> level) - first);
            byte[] hashes = new byte[count * 32];
            for (int i = 0; i < count; i++) {
                System.arraycopy(marker(level, first + i), 0, hashes, i * 32, 32);
            }
            runs.add(new NodeRun(level, first, hashes));
        }
        return new TreeGrowth(fromSize, toSize, runs);
    }

    private static byte[] marker(int level, long index) {
        byte[] marker = new byte[32];
        marker[0] = (byte) level;
        for (int i = 0; i < 8; i++) {
            marker[1 + i] = (byte) (index >>> (8 * i));
        }
        return marker;
    }
}
