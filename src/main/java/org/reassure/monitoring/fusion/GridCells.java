package org.reassure.monitoring.fusion;

import java.util.Arrays;

/**
 * The spatial grid of open reports: an open-addressing hash map from a cell key (row and column packed in a long)
 * to the first slot of the cell's doubly linked list of slots, threaded through {@link ReportSlots}.
 */
final class GridCells {

    private static final long EMPTY = Long.MIN_VALUE;

    private final ReportSlots slots;
    private long[] keys;
    private int[] heads;
    private int count;

    GridCells(ReportSlots slots, int capacity) {
        this.slots = slots;
        int tableSize = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new long[tableSize];
        heads = new int[tableSize];
        Arrays.fill(keys, EMPTY);
    }

    static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }

    /** First slot of the cell, or {@link ReportSlots#NONE}. */
    int head(long key) {
        int i = indexOf(key);
        return keys[i] == EMPTY ? ReportSlots.NONE : heads[i];
    }

    void add(int slot, long key) {
        int i = indexOf(key);
        int head = keys[i] == EMPTY ? ReportSlots.NONE : heads[i];
        if (keys[i] == EMPTY) {
            keys[i] = key;
            count++;
        }
        heads[i] = slot;
        slots.cellKey[slot] = key;
        slots.cellPrevious[slot] = ReportSlots.NONE;
        slots.cellNext[slot] = head;
        slots.inCell[slot] = true;
        if (head != ReportSlots.NONE) {
            slots.cellPrevious[head] = slot;
        }
        if (count * 2 > keys.length) {
            rehash(keys.length * 2);
        }
    }

    void remove(int slot) {
        int previous = slots.cellPrevious[slot];
        int next = slots.cellNext[slot];
        slots.inCell[slot] = false;
        if (next != ReportSlots.NONE) {
            slots.cellPrevious[next] = previous;
        }
        if (previous != ReportSlots.NONE) {
            slots.cellNext[previous] = next;
            return;
        }
        int i = indexOf(slots.cellKey[slot]);
        if (next != ReportSlots.NONE) {
            heads[i] = next;
        } else {
            deleteAt(i);
        }
    }

    private int indexOf(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Backward-shift deletion keeps linear probing free of tombstones. */
    private void deleteAt(int hole) {
        int mask = keys.length - 1;
        count--;
        int i = hole;
        while (true) {
            i = (i + 1) & mask;
            if (keys[i] == EMPTY) {
                break;
            }
            int home = mix(keys[i]) & mask;
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                keys[hole] = keys[i];
                heads[hole] = heads[i];
                hole = i;
            }
        }
        keys[hole] = EMPTY;
    }

    private void rehash(int tableSize) {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[tableSize];
        heads = new int[tableSize];
        Arrays.fill(keys, EMPTY);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = indexOf(oldKeys[j]);
                keys[i] = oldKeys[j];
                heads[i] = oldHeads[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
