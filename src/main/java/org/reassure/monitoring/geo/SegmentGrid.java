package org.reassure.monitoring.geo;

import java.util.Arrays;

/**
 * A regular grid over the surroundings of the line of contact in which each cell lists the only segments that can be
 * nearest to a position in it, so tagging a position there checks a handful of segments instead of searching.
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
    private final int[] start;
    private final int[] segments;

    SegmentGrid(double minLat, double minLon, double maxLat, double maxLon, double cellDegrees, Candidates candidates) {
        this.minLat = minLat;
        this.minLon = minLon;
        this.cellDegrees = cellDegrees;
        this.rows = (int) Math.ceil((maxLat - minLat) / cellDegrees);
        this.columns = (int) Math.ceil((maxLon - minLon) / cellDegrees);
        this.start = new int[rows * columns + 1];
        int[] all = new int[1024];
        for (int cell = 0; cell < rows * columns; cell++) {
            int row = cell / columns;
            double centreLat = minLat + (row + 0.5) * cellDegrees;
            double centreLon = minLon + (cell % columns + 0.5) * cellDegrees;
            int[] near = candidates.around(centreLat, centreLon, halfDiagonalKm(row));
            if (start[cell] + near.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, start[cell] + near.length));
            }
            System.arraycopy(near, 0, all, start[cell], near.length);
            start[cell + 1] = start[cell] + near.length;
        }
        this.segments = Arrays.copyOf(all, start[rows * columns]);
    }

    /** The cell of a position, or -1 outside the grid. */
    int cell(double lat, double lon) {
        int row = (int) Math.floor((lat - minLat) / cellDegrees);
        int column = (int) Math.floor((lon - minLon) / cellDegrees);
        return row < 0 || row >= rows || column < 0 || column >= columns ? -1 : row * columns + column;
    }

    int from(int cell) {
        return start[cell];
    }

    int to(int cell) {
        return start[cell + 1];
    }

    int segment(int index) {
        return segments[index];
    }

    /** Half the diagonal at the row's equatorward edge, where a degree of longitude is longest. */
    private double halfDiagonalKm(int row) {
        double edge = minLat + row * cellDegrees;
        double equatorward = Math.abs(edge) < Math.abs(edge + cellDegrees) ? edge : edge + cellDegrees;
        LocalMetric metric = new LocalMetric(equatorward);
        return 0.5 * Math.hypot(cellDegrees * metric.kmPerDegreeLat, cellDegrees * metric.kmPerDegreeLon);
    }
}
