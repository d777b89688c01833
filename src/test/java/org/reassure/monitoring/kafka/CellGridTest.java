package org.reassure.monitoring.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.Position;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The cell scheme never hides from a partition a report its incidents could reach. */
class CellGridTest {

	private static final double KM_PER_DEGREE = Math.toRadians(6_371.0088);

	private final CellGrid grid = new CellGrid(0.5, 10, 12);

	@Property(tries = 5_000)
	void theOwnerOfAReportSeesEveryReportWithinTheHalo(@ForAll @DoubleRange(min = 44, max = 53) double lat, @ForAll @DoubleRange(min = 22, max = 41) double lon,
			@ForAll @DoubleRange(min = 0, max = 10) double km, @ForAll @DoubleRange(min = 0, max = 360) double bearing) {
		Position report = new Position(lat, lon, 50);
		Position other = at(report, km, bearing);

		assertThat(grid.partitionsSeeing(other)).contains(grid.partitionOf(report));
	}

	@Test
	void aReportFarFromItsCellsEdgesGoesToItsOwnPartitionOnly() {
		Position middle = new Position(48.25, 37.25, 50);

		assertThat(grid.partitionsSeeing(middle)).containsExactly(grid.partitionOf(middle));
	}

	@Test
	void aReportNearACornerGoesToThePartitionsOfTheCellsAround() {
		Position corner = new Position(48.001, 37.001, 50);

		assertThat(grid.partitionsSeeing(corner)).contains(grid.partitionOf(new Position(47.999, 36.999, 50)), grid.partitionOf(new Position(48.001, 36.999, 50)),
				grid.partitionOf(new Position(47.999, 37.001, 50)));
	}

	/** The point {@code km} away on {@code bearing}, as fusion measures distance (equirectangular at the pair's mean latitude). */
	private static Position at(Position from, double km, double bearing) {
		double dLat = km * Math.cos(Math.toRadians(bearing)) / KM_PER_DEGREE;
		double meanLat = from.lat() + dLat / 2;
		double dLon = km * Math.sin(Math.toRadians(bearing)) / (KM_PER_DEGREE * Math.cos(Math.toRadians(meanLat)));
		return new Position(from.lat() + dLat, from.lon() + dLon, 50);
	}
}
