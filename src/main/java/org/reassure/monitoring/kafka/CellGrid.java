package org.reassure.monitoring.kafka;

import java.util.Arrays;

import org.reassure.monitoring.Position;

/**
 * The geographic cells that key the report topic: cells of {@code cellDegrees} in latitude and longitude, row
 * {@code floor(lat / cellDegrees)} and column {@code floor(lon / cellDegrees)}; a cell's partition is a hash of its
 * row and column modulo the partition count, so the cells of one partition are scattered and share the load.
 *
 * <p>A report goes to the partition of its own cell and to those of every cell that has a point within
 * {@code haloKm} of it, measured as fusion measures distances (equirectangular at the pair's mean latitude). So the
 * fusion of a partition sees every report within {@code haloKm} of any report of its own cells: an incident whose
 * reports are at most {@code haloKm} apart is seen whole by the partition of each cell it touches, each of which writes
 * it (the same incident).
 */
final class CellGrid {

	private static final double KM_PER_DEGREE = Math.toRadians(6_371.0088);
	private static final double MARGIN = 1.000001;
	private static final double MOST_POLEWARD = 89.0;

	private final double cellDegrees;
	private final double haloLatDegrees;
	private final double haloKm;
	private final int partitions;

	CellGrid(double cellDegrees, double haloKm, int partitions) {
		this.cellDegrees = cellDegrees;
		this.haloKm = haloKm;
		this.haloLatDegrees = haloKm / KM_PER_DEGREE * MARGIN;
		this.partitions = partitions;
	}

	int partitions() {
		return partitions;
	}

	/** The record key of a report: its cell, as {@code row:column}. */
	String cellOf(Position position) {
		return row(position.lat()) + ":" + column(position.lon());
	}

	/** The partition of the report's own cell: the partition whose fusion writes the incidents that hold the report. */
	int partitionOf(Position position) {
		return partitionOf(row(position.lat()), column(position.lon()));
	}

	/** The partitions whose fusion must see the report, its own first, each once. */
	int[] partitionsSeeing(Position position) {
		double lat = position.lat();
		double lon = position.lon();
		// the pair's mean latitude is at most the halo away from this report's, and farther from the equator at worst
		double poleward = Math.min(MOST_POLEWARD, Math.abs(lat) + haloLatDegrees);
		double haloLonDegrees = haloKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(poleward))) * MARGIN;
		int[] seeing = new int[] { partitionOf(position) };
		for (int row = row(lat - haloLatDegrees); row <= row(lat + haloLatDegrees); row++) {
			for (int column = column(lon - haloLonDegrees); column <= column(lon + haloLonDegrees); column++) {
				int partition = partitionOf(row, column);
				if (Arrays.stream(seeing).noneMatch(p -> p == partition)) {
					seeing = Arrays.copyOf(seeing, seeing.length + 1);
					seeing[seeing.length - 1] = partition;
				}
			}
		}
		return seeing;
	}

	/** Whether the fusion of {@code partition} sees the report. */
	boolean sees(int partition, Position position) {
		return Arrays.stream(partitionsSeeing(position)).anyMatch(p -> p == partition);
	}

	private int row(double lat) {
		return (int) Math.floor(lat / cellDegrees);
	}

	private int column(double lon) {
		return (int) Math.floor(lon / cellDegrees);
	}

	private int partitionOf(int row, int column) {
		long cell = ((long) row << 32) ^ (column & 0xFFFF_FFFFL);
		return Math.floorMod(Long.hashCode(cell * 0x9E37_79B9_7F4A_7C15L), partitions);
	}
}
