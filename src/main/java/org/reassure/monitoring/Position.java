package org.reassure.monitoring;

/**
 * A WGS84 position with its accuracy: the radius, in metres, of the circle the true position most likely lies in.
 */
public record Position(double lat, double lon, double accuracyM) {

    public Position {
        FieldRules.within("lat", lat, -90, 90, " degrees");
        FieldRules.within("lon", lon, -180, 180, " degrees");
        FieldRules.positive("accuracyM", accuracyM, " of metres");
    }
}
