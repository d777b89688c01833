package org.reassure.monitoring.view;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The zones along the line of contact as polygons for drawing: the line is projected to kilometres with an
 * azimuthal equidistant projection centred on it (over the ~600 km from the centre to either end its scale stays
 * within 0.2% of true), buffered with JTS (round ends, as distance to the line is measured), simplified to 200 m, and
 * projected back to longitude and latitude. On the mean sphere, so the drawn limits lie within about 1% of the
 * ellipsoidal distances used to tag incidents.
 */
final class ZoneOutlines {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double SIMPLIFY_KM = 0.2;

    private final LineString projectedLine;
    private final double centreLat;
    private final double centreLon;

    ZoneOutlines(LineString line) {
        Coordinate centre = line.getEnvelopeInternal().centre();
        this.centreLat = Math.toRadians(centre.y);
        this.centreLon = Math.toRadians(centre.x);
        this.projectedLine = (LineString) line.copy();
        projectedLine.apply(forward());
        projectedLine.geometryChanged();
    }

    /** Everything within {@code km} of the line. */
    Geometry within(double km) {
        return unprojected(DouglasPeuckerSimplifier.simplify(projectedLine.buffer(km, 16), SIMPLIFY_KM));
    }

    /** Everything farther than {@code innerKm} from the line and within {@code outerKm}. */
    Geometry between(double innerKm, double outerKm) {
        Geometry ring = projectedLine.buffer(outerKm, 16).difference(projectedLine.buffer(innerKm, 16));
        return unprojected(DouglasPeuckerSimplifier.simplify(ring, SIMPLIFY_KM));
    }

    private Geometry unprojected(Geometry projected) {
        Geometry geographic = projected.copy();
        geographic.apply(inverse());
        geographic.geometryChanged();
        return geographic;
    }

    private CoordinateFilter forward() {
        return c -> {
            double lat = Math.toRadians(c.y);
            double dLon = Math.toRadians(c.x) - centreLon;
            double cosC = Math.sin(centreLat) * Math.sin(lat) + Math.cos(centreLat) * Math.cos(lat) * Math.cos(dLon);
            double angle = Math.acos(Math.max(-1, Math.min(1, cosC)));
            double k = angle == 0 ? 1 : angle / Math.sin(angle);
            c.x = EARTH_RADIUS_KM * k * Math.cos(lat) * Math.sin(dLon);
            c.y = EARTH_RADIUS_KM * k * (Math.cos(centreLat) * Math.sin(lat) - Math.sin(centreLat) * Math.cos(lat) * Math.cos(dLon));
        };
    }

    private CoordinateFilter inverse() {
        return c -> {
            double rho = Math.hypot(c.x, c.y);
            if (rho == 0) {
                c.x = Math.toDegrees(centreLon);
                c.y = Math.toDegrees(centreLat);
                return;
            }
            double angle = rho / EARTH_RADIUS_KM;
            double lat = Math.asin(Math.cos(angle) * Math.sin(centreLat) + c.y * Math.sin(angle) * Math.cos(centreLat) / rho);
            double lon = centreLon + Math.atan2(c.x * Math.sin(angle), rho * Math.cos(centreLat) * Math.cos(angle) - c.y * Math.sin(centreLat) * Math.sin(angle));
            c.x = Math.toDegrees(lon);
            c.y = Math.toDegrees(lat);
        };
    }
}
