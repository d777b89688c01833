package org.reassure.monitoring.geo;

import java.util.stream.IntStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The line of contact as a polyline oriented from its northern end, with an STRtree of its segments.
 *
 * <p><b>Nearest point.</b> Distances are measured in a {@link LocalMetric} centred on the position. Within about
 * 100 km of the line a {@link SegmentGrid} of 0.1° cells gives the few segments that can be nearest. Elsewhere the
 * STRtree is asked for segments in a box of half-width r (50 km, then 200, 800...): a segment within r of the position
 * lies in that box, so once the best candidate is within r it is the nearest. The grid's lists come from that search:
 * a segment is kept for a cell if it is within (distance from the centre to the line + 2 half-diagonals) of the
 * centre, with 1% and 100 m to spare for the change of metric across the cell.
 *
 * <p><b>Side.</b> The occupied side is on the left of the line's direction (east of it going south, south of the
 * Dnipro going west). Left means a positive cross product of the nearest segment's direction and the vector to the
 * position. When the nearest point is a vertex shared by two segments, a position is left of a left turn only if it
 * is left of both segments, and left of a right turn if it is left of either. Beyond an end of the line, the end
 * segment is extended (a half-plane test), and {@link Nearest#beyondEnd()} says so.
 */
final class LineOfContact {

    private static final double FIRST_SEARCH_KM = 50;
    private static final double CELL_DEGREES = 0.1;
    private static final double GRID_MARGIN_DEGREES = 1.2;

    private final double[] lat;
    private final double[] lon;
    private final double[] chainageKm;
    private final STRtree segments = new STRtree();
    private final SegmentGrid grid;

    /** Where the nearest point of the line is, seen from a position. */
    record Nearest(double distanceKm, double chainageKm, boolean left, boolean beyondEnd) {
    }

    LineOfContact(LineString line) {
        int n = line.getNumPoints();
        if (n < 2) {
            throw new IllegalArgumentException("line of contact: needs at least 2 positions, has " + n);
        }
        lat = new double[n];
        lon = new double[n];
        chainageKm = new double[n];
        for (int i = 0; i < n; i++) {
            Coordinate c = line.getCoordinateN(i);
            lon[i] = c.x;
            lat[i] = c.y;
            if (i > 0) {
                chainageKm[i] = chainageKm[i - 1] + LocalMetric.haversineKm(lat[i - 1], lon[i - 1], lat[i], lon[i]);
                segments.insert(new Envelope(lon[i - 1], lon[i], lat[i - 1], lat[i]), i - 1);
            }
        }
        segments.build();
        Envelope extent = line.getEnvelopeInternal();
        extent.expandBy(GRID_MARGIN_DEGREES);
        grid = new SegmentGrid(extent.getMinY(), extent.getMinX(), extent.getMaxY(), extent.getMaxX(), CELL_DEGREES,
                this::candidatesAround);
    }

    double lengthKm() {
        return chainageKm[chainageKm.length - 1];
    }

    Nearest nearest(double positionLat, double positionLon) {
        Search search = new Search(positionLat, positionLon);
        int cell = grid.cell(positionLat, positionLon);
        if (cell < 0) {
            return searchTree(search);
        }
        for (int segment : grid.segments(cell)) {
            search.consider(segment);
        }
        return search.result();
    }

    private Nearest searchTree(Search search) {
        for (double radiusKm = FIRST_SEARCH_KM; ; radiusKm *= 4) {
            segments.query(search.box(radiusKm), item -> search.consider((Integer) item));
            if (search.bestSquared <= radiusKm * radiusKm) {
                return search.result();
            }
        }
    }

    private int[] candidatesAround(double centreLat, double centreLon, double halfDiagonalKm) {
        Search centre = new Search(centreLat, centreLon);
        double reachKm = (searchTree(centre).distanceKm() + 2 * halfDiagonalKm) * 1.01 + 0.1;
        IntStream.Builder found = IntStream.builder();
        segments.query(centre.box(reachKm), item -> {
            int segment = (Integer) item;
            if (centre.squaredDistance(segment, centre.projection(segment)) <= reachKm * reachKm) {
                found.add(segment);
            }
        });
        return found.build().sorted().toArray();
    }

    /** The search for one position, in a local frame centred on it (x east, y north, km). */
    private final class Search {

        private final LocalMetric metric;
        private final double originLat;
        private final double originLon;
        private int best = -1;
        private double bestSquared = Double.POSITIVE_INFINITY;
        private double bestT;

        Search(double originLat, double originLon) {
            this.metric = new LocalMetric(originLat);
            this.originLat = originLat;
            this.originLon = originLon;
        }

        Envelope box(double radiusKm) {
            double dLat = radiusKm / metric.kmPerDegreeLat;
            double dLon = radiusKm / metric.kmPerDegreeLon;
            return new Envelope(originLon - dLon, originLon + dLon, originLat - dLat, originLat + dLat);
        }

        void consider(int segment) {
            double t = projection(segment);
            double squared = squaredDistance(segment, t);
            if (squared < bestSquared || (squared == bestSquared && segment < best)) {
                best = segment;
                bestSquared = squared;
                bestT = t;
            }
        }

        /** Where along the segment (0 to 1) the point nearest to the origin is. */
        double projection(int segment) {
            double lengthSquared = dx(segment) * dx(segment) + dy(segment) * dy(segment);
            return lengthSquared == 0 ? 0
                    : Math.max(0, Math.min(1, -(x(segment) * dx(segment) + y(segment) * dy(segment)) / lengthSquared));
        }

        double squaredDistance(int segment, double t) {
            double px = x(segment) + t * dx(segment);
            double py = y(segment) + t * dy(segment);
            return px * px + py * py;
        }

        Nearest result() {
            int last = lat.length - 2;
            boolean beyondEnd = (best == 0 && bestT == 0) || (best == last && bestT == 1);
            boolean left;
            if (bestT == 0 && best > 0) {
                left = leftOfVertex(best - 1, best);
            } else if (bestT == 1 && best < last) {
                left = leftOfVertex(best, best + 1);
            } else {
                left = leftOf(best);
            }
            double along = chainageKm[best] + bestT * (chainageKm[best + 1] - chainageKm[best]);
            return new Nearest(Math.sqrt(bestSquared), along, left, beyondEnd);
        }

        private boolean leftOfVertex(int incoming, int outgoing) {
            boolean leftTurn = cross(dx(incoming), dy(incoming), dx(outgoing), dy(outgoing)) > 0;
            boolean leftOfIncoming = leftOf(incoming);
            boolean leftOfOutgoing = leftOf(outgoing);
            return leftTurn ? leftOfIncoming && leftOfOutgoing : leftOfIncoming || leftOfOutgoing;
        }

        /** Whether the origin is left of the segment's direction: (b - a) x (origin - a) > 0. */
        private boolean leftOf(int segment) {
            return cross(dx(segment), dy(segment), -x(segment), -y(segment)) > 0;
        }

        private double dx(int segment) {
            return x(segment + 1) - x(segment);
        }

        private double dy(int segment) {
            return y(segment + 1) - y(segment);
        }

        private double x(int vertex) {
            return (lon[vertex] - originLon) * metric.kmPerDegreeLon;
        }

        private double y(int vertex) {
            return (lat[vertex] - originLat) * metric.kmPerDegreeLat;
        }

        private static double cross(double ax, double ay, double bx, double by) {
            return ax * by - ay * bx;
        }
    }
}
