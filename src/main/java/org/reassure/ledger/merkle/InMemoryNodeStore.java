package org.reassure.ledger.merkle;

import java.util.Arrays;

/**
 * A {@link NodeStore} in primitive byte arrays, keeping every level.
 *
 * <p>A tree of n leaves holds 2n - popcount(n) nodes of 32 bytes, so about 64 bytes per leaf:
 * 640 MB for 10,000,000 leaves, plus at most one partly filled 256 KiB chunk per level. Each level
 * is a directory of fixed-size chunks; a level's first chunk starts small and doubles, so the
 * sparse upper levels cost next to nothing.
 *
 * <p>One writer at a time ({@link #write} is synchronized); readers take no lock. A writer fills
 * the chunks before it publishes the new size through a volatile field, and readers read the size
 * before the chunks, so a reader sees every node under the size it has read.
 */
public final class InMemoryNodeStore implements NodeStore {

    // 256 KiB chunks stay under G1's humongous-object threshold (half a region, regions being at
    // least 1 MiB); a chunk of a whole region or more would take two and waste half the heap.
    private static final int CHUNK_BITS = 13;
    private static final int CHUNK_NODES = 1 << CHUNK_BITS;
    private static final int FIRST_CHUNK_NODES = 16;

    private volatile long size;
    private volatile Level[] levels = new Level[0];

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] node(int level, long index) {
        long leaves = size;
        if (level < 0 || index < 0 || level >= 63 || index >= leaves >> level) {
            throw new IllegalArgumentException(
                    "node (level " + level + ", index " + index + ") is not a perfect subtree of the " + leaves + " stored leaves");
        }
        return levels[level].read(index);
    }

    @Override
    public synchronized void write(TreeGrowth growth) {
        if (growth.fromSize() != size) {
            throw new IllegalStateException("growth starts at " + growth.fromSize() + " leaves but the store holds " + size);
        }
        Level[] grown = levels;
        if (grown.length < growth.runs().size()) {
            grown = Arrays.copyOf(grown, growth.runs().size());
            for (int level = levels.length; level < grown.length; level++) {
                grown[level] = new Level();
            }
            levels = grown;
        }
        for (NodeRun run : growth.runs()) {
            grown[run.level()].append(run.hashes());
        }
        size = growth.toSize();
    }

    /** Bytes held in node arrays, filled or not. */
    public long allocatedBytes() {
        long bytes = 0;
        for (Level level : levels) {
            bytes += level.allocatedBytes();
        }
        return bytes;
    }

    /** The hashes of one level, in chunks that are never moved once full. */
    private static final class Level {

        private volatile byte[][] chunks = { new byte[FIRST_CHUNK_NODES * MerkleHash.LENGTH] };
        private long count;

        byte[] read(long index) {
            byte[] chunk = chunks[(int) (index >>> CHUNK_BITS)];
            int from = (int) (index & (CHUNK_NODES - 1)) * MerkleHash.LENGTH;
            return Arrays.copyOfRange(chunk, from, from + MerkleHash.LENGTH);
        }

        void append(byte[] hashes) {
            int copied = 0;
            while (copied < hashes.length) {
                int offset = (int) (count & (CHUNK_NODES - 1)) * MerkleHash.LENGTH;
                byte[] chunk = chunkWithRoomAt(offset);
                int length = Math.min(hashes.length - copied, chunk.length - offset);
                System.arraycopy(hashes, copied, chunk, offset, length);
                copied += length;
                count += length / MerkleHash.LENGTH;
            }
        }

        private byte[] chunkWithRoomAt(int offset) {
            int chunkIndex = (int) (count >>> CHUNK_BITS);
            byte[][] directory = chunks;
            if (chunkIndex == directory.length) {
                directory = Arrays.copyOf(directory, chunkIndex + 1);
                directory[chunkIndex] = new byte[CHUNK_NODES * MerkleHash.LENGTH];
                chunks = directory;
            } else if (offset == directory[chunkIndex].length) {
                // Only the first chunk grows; a copy is published so readers never see a half-copied chunk.
                directory = directory.clone();
                directory[chunkIndex] = Arrays.copyOf(directory[chunkIndex], 2 * offset);
                chunks = directory;
            }
            return directory[chunkIndex];
        }

        long allocatedBytes() {
            long bytes = 0;
            for (byte[] chunk : chunks) {
                bytes += chunk.length;
            }
            return bytes;
        }
    }
}
