package org.reassure.monitoring;

/**
 * A Multinational Force hub, far from the line of contact.
 */
public record Hub(String name, double lat, double lon) {

    public Hub {
        FieldRules.identifier("name", name, 200);
        FieldRules.within("lat", lat, -90, 90, " degrees");
        FieldRules.within("lon", lon, -180, 180, " degrees");
    }
}
