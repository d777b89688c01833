package org.reassure.ledger.merkle;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Consecutive node hashes at one level, {@code hashes} holding {@code count()} 32-byte hashes
 * back to back for the nodes {@code firstIndex, firstIndex + 1, ...}.
 *
 * <p>The array is taken over, not copied: a run is built once by the append path and handed to
 * the store.
 */
public record NodeRun(int level, long firstIndex, byte[] hashes) {

    public NodeRun {
        if (level < 0 || level > 63) {
            throw new IllegalArgumentException("level must be in [0, 63], got " + level);
        }
        if (firstIndex < 0) {
            throw new IllegalArgumentException("firstIndex must be >= 0, got " + firstIndex);
        }
        if (hashes.length == 0 || hashes.length % MerkleHash.LENGTH != 0) {
            throw new IllegalArgumentException(
                    "hashes must be a positive multiple of " + MerkleHash.LENGTH + " bytes, got " + hashes.length);
        }
    }

    public int count() {
        return hashes.length / MerkleHash.LENGTH;
    }

    /** Index one past the last node of the run. */
    public long endIndex() {
        return firstIndex + count();
    }

    public byte[] hash(int i) {
        int from = Math.multiplyExact(i, MerkleHash.LENGTH);
        return Arrays.copyOfRange(hashes, from, from + MerkleHash.LENGTH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NodeRun run
                && level == run.level && firstIndex == run.firstIndex && Arrays.equals(hashes, run.hashes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * level + Long.hashCode(firstIndex)) + Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        String head = HexFormat.of().formatHex(hashes, 0, Math.min(hashes.length, 8));
        return "NodeRun[level=" + level + ", firstIndex=" + firstIndex + ", count=" + count() + ", hashes=" + head + "...]";
    }
}
