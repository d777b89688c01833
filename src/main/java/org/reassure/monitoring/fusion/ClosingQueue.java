package org.reassure.monitoring.fusion;

import java.util.Arrays;

/**
 * Min-heap of (last observation time, root slot) on primitive arrays: the incident that may close first is on top.
 * Entries go stale when incidents merge or grow; the fusion checks an entry when it pops it.
 */
final class ClosingQueue {

    private long[] times = new long[64];
    private int[] slots = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    long peekTime() {
        return times[0];
    }

    void push(long time, int slot) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (times[parent] <= time) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        times[i] = time;
        slots[i] = slot;
    }

    int pop() {
        int top = slots[0];
        size--;
        long time = times[size];
        int slot = slots[size];
        int i = 0;
        for (int child = 1; child < size; child = 2 * i + 1) {
            if (child + 1 < size && times[child + 1] < times[child]) {
                child++;
            }
            if (times[child] >= time) {
                break;
            }
            move(child, i);
            i = child;
        }
        times[i] = time;
        slots[i] = slot;
        return top;
    }

    void clear() {
        size = 0;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        slots[to] = slots[from];
    }
}
