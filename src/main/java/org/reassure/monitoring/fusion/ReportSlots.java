package org.reassure.monitoring.fusion;

import java.util.Arrays;

import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.Report;

/**
 * The open reports in parallel primitive arrays indexed by slot, with the union-find forest that groups them into
 * incidents. A root slot also holds its incident's member list (a linked list through {@code nextMember}) and its
 * latest observation time, the id last announced to listeners for it and the incident it last announced. Freed slots
 * are reused, so the arrays stop growing once the window is full.
 */
final class ReportSlots {

    static final int NONE = -1;

    Report[] report;
    double[] lat;
    double[] lon;
    long[] timeMs;
    int[] compatibleMask;
    int[] categoryBit;
    int[] parent;
    int[] size;
    int[] nextMember;
    int[] lastMember;
    long[] lastObservedMs;
    long[] cellKey;
    int[] cellPrevious;
    int[] cellNext;
    boolean[] inCell;
    boolean[] dirty;
    IncidentId[] announced;
    Incident[] latest;

    private int[] free = new int[0];
    private int freeCount;
    private int used;

    ReportSlots(int capacity) {
        resize(capacity);
    }

    /** The roots of the open incidents, in slot order. */
    int[] liveRoots() {
        int[] roots = new int[used];
        int count = 0;
        for (int slot = 0; slot < used; slot++) {
            if (isLiveRoot(slot)) {
                roots[count++] = slot;
            }
        }
        return Arrays.copyOf(roots, count);
    }

    int allocate(Report r, long observedMs) {
        int slot = freeCount > 0 ? free[--freeCount] : nextFresh();
        report[slot] = r;
        lat[slot] = r.position().lat();
        lon[slot] = r.position().lon();
        timeMs[slot] = observedMs;
        compatibleMask[slot] = r.category().compatibilityMask();
        categoryBit[slot] = r.category().bit();
        parent[slot] = slot;
        size[slot] = 1;
        nextMember[slot] = NONE;
        lastMember[slot] = slot;
        lastObservedMs[slot] = observedMs;
        inCell[slot] = false;
        dirty[slot] = false;
        announced[slot] = null;
        return slot;
    }

    void release(int slot) {
        report[slot] = null;
        latest[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, Math.max(16, free.length * 2));
        }
        free[freeCount++] = slot;
    }

    boolean isLiveRoot(int slot) {
        return report[slot] != null && parent[slot] == slot;
    }

    int find(int slot) {
        int s = slot;
        while (parent[s] != s) {
            parent[s] = parent[parent[s]];
            s = parent[s];
        }
        return s;
    }

    /** Joins two roots, the smaller under the larger; returns the surviving root. */
    int union(int rootA, int rootB) {
        int keep = size[rootA] >= size[rootB] ? rootA : rootB;
        int absorbed = keep == rootA ? rootB : rootA;
        parent[absorbed] = keep;
        size[keep] += size[absorbed];
        nextMember[lastMember[keep]] = absorbed;
        lastMember[keep] = lastMember[absorbed];
        lastObservedMs[keep] = Math.max(lastObservedMs[keep], lastObservedMs[absorbed]);
        dirty[absorbed] = false;
        return keep;
    }

    private int nextFresh() {
        if (used == report.length) {
            resize(report.length * 2);
        }
        return used++;
    }

    private void resize(int capacity) {
        report = report == null ? new Report[capacity] : Arrays.copyOf(report, capacity);
        lat = grow(lat, capacity);
        lon = grow(lon, capacity);
        timeMs = grow(timeMs, capacity);
        compatibleMask = grow(compatibleMask, capacity);
        categoryBit = grow(categoryBit, capacity);
        parent = grow(parent, capacity);
        size = grow(size, capacity);
        nextMember = grow(nextMember, capacity);
        lastMember = grow(lastMember, capacity);
        lastObservedMs = grow(lastObservedMs, capacity);
        cellKey = grow(cellKey, capacity);
        cellPrevious = grow(cellPrevious, capacity);
        cellNext = grow(cellNext, capacity);
        inCell = inCell == null ? new boolean[capacity] : Arrays.copyOf(inCell, capacity);
        dirty = dirty == null ? new boolean[capacity] : Arrays.copyOf(dirty, capacity);
        announced = announced == null ? new IncidentId[capacity] : Arrays.copyOf(announced, capacity);
        latest = latest == null ? new Incident[capacity] : Arrays.copyOf(latest, capacity);
    }

    private static double[] grow(double[] array, int capacity) {
        return array == null ? new double[capacity] : Arrays.copyOf(array, capacity);
    }

    private static long[] grow(long[] array, int capacity) {
        return array == null ? new long[capacity] : Arrays.copyOf(array, capacity);
    }

    private static int[] grow(int[] array, int capacity) {
        return array == null ? new int[capacity] : Arrays.copyOf(array, capacity);
    }
}
