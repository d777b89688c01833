package org.reassure.monitoring.geo;

/**
 * Kilometres per degree around a latitude on the WGS84 ellipsoid: a local equirectangular projection centred on the
 * position being tagged. Within 100 km of that position it stays within about 0.5% of the geodesic distance (the
 * scale of a degree of longitude drifts with latitude away from the centre); it is not meant for long distances.
 */
final class LocalMetric {

    private static final double SEMI_MAJOR_AXIS_KM = 6378.137;
    private static final double ECCENTRICITY_SQUARED = 6.69437999014e-3;
    private static final double MEAN_RADIUS_KM = 6371.0088;

    final double kmPerDegreeLat;
    final double kmPerDegreeLon;

    LocalMetric(double lat) {
        double phi = Math.toRadians(lat);
        double sin = Math.sin(phi);
        double w = 1 - ECCENTRICITY_SQUARED * sin * sin;
        double primeVertical = SEMI_MAJOR_AXIS_KM / Math.sqrt(w);
        double meridional = SEMI_MAJOR_AXIS_KM * (1 - ECCENTRICITY_SQUARED) / (w * Math.sqrt(w));
        this.kmPerDegreeLat = Math.toRadians(meridional);
        this.kmPerDegreeLon = Math.toRadians(primeVertical * Math.cos(phi));
    }

    /** Great-circle distance on the mean sphere, for lengths along the line. */
    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
