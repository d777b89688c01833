package org.reassure.monitoring.geo;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A regular grid over the surroundings of the line of contact in which each cell lists the only segments that can be
 * nearest to a position in it, so tagging a position there checks a handful of segments instead of searching.
 *
 * <p>A cell's list is computed the first time a position falls in it, not up front: the grid has thousands of cells,
 * filling them all took about half a second of the platform's start, and most are never visited. Two threads meeting
 * an empty cell compute the same list; either may be kept.
 */
final class SegmentGrid {

    /** The segments that can be nearest to some position of a cell, given its centre and half-diagonal. */
    @FunctionalInterface
    interface Candidates {
        int[] around(double centreLat, double centreLon, double halfDiagonalKm);
    }

    private final double minLat;
    private final double minLon;
    private final double cellDegrees;
    private final int rows;
    private final int columns;
    private final Candidates candidates;
    private final AtomicReferenceArray<int[]> cells;

    SegmentGrid(double minLat, double minLon, double maxLat, double maxLon, double cellDegrees, Candidates candidates) {
        this.minLat = minLat;
        this.minLon = minLon;
        this.cellDegrees = cellDegrees;
        this.rows = (int) Math.ceil((maxLat - minLat) / cellDegrees);
        this.columns = (int) Math.ceil((maxLon - minLon) / cellDegrees);
        this.candidates = candidates;
        this.cells = new AtomicReferenceArray<>(rows * columns);
    }

    /** The cell of a position, or -1 outside the grid. */
    int cell(double lat, double lon) {
        int row = (int) Math.floor((lat - minLat) / cellDegrees);
        int column = (int) Math.floor((lon - minLon) / cellDegrees);
        return row < 0 || row >= rows || column < 0 || column >= columns ? -1 : row * columns + column;
    }

    /** The segments that can be nearest to a position of the cell, in ascending order. */
    int[] segments(int cell) {
        int[] segments = cells.get(cell);
        if (segments == null) {
            int row = cell / columns;
            double centreLat = minLat + (row + 0.5) * cellDegrees;
            double centreLon = minLon + (cell % columns + 0.5) * cellDegrees;
            segments = candidates.around(centreLat, centreLon, halfDiagonalKm(row));
            cells.set(cell, segments);
        }
        return segments;
    }

    /** Half the diagonal at the row's equatorward edge, where a degree of longitude is longest. */
    private double halfDiagonalKm(int row) {
        double edge = minLat + row * cellDegrees;
        double equatorward = Math.abs(edge) < Math.abs(edge + cellDegrees) ? edge : edge + cellDegrees;
        LocalMetric metric = new LocalMetric(equatorward);
        return 0.5 * Math.hypot(cellDegrees * metric.kmPerDegreeLat, cellDegrees * metric.kmPerDegreeLon);
    }
}
