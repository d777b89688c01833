package org.reassure.monitoring;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.reassure.monitoring.geo.GeoContext;

/**
 * Places on the synthetic line of contact by distance along it from its northern end, so that a test can put
 * incidents in the sector it wants (sector s covers ((s - 1) x length / 12, s x length / 12]).
 */
public final class LinePlaces {

    private static final GeoContext GEO = GeoContext.synthetic();

    private LinePlaces() {
    }

    /** {lat, lon} of the point {@code km} along the line. */
    public static double[] at(double km) {
        LineString line = GEO.lineOfContact();
        double along = 0;
        for (int i = 1; i < line.getNumPoints(); i++) {
            Coordinate a = line.getCoordinateN(i - 1);
            Coordinate b = line.getCoordinateN(i);
            double step = haversineKm(a, b);
            if (along + step >= km) {
                double t = (km - along) / step;
                return new double[] { a.y + t * (b.y - a.y), a.x + t * (b.x - a.x) };
            }
            along += step;
        }
        throw new IllegalArgumentException("the line is shorter than " + km + " km");
    }

    /** The middle of a sector, in km along the line. */
    public static double middleOf(int sector) {
        return (sector - 0.5) * GEO.lineLengthKm() / GEO.sectorCount();
    }

    public static GeoTags tags(double[] place) {
        return GEO.tag(place[0], place[1]);
    }

    private static double haversineKm(Coordinate a, Coordinate b) {
        double dLat = Math.toRadians(b.y - a.y);
        double dLon = Math.toRadians(b.x - a.x);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.y)) * Math.cos(Math.toRadians(b.y)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
