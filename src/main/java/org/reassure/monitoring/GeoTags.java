package org.reassure.monitoring;

/**
 * Where a position lies with respect to the ceasefire: oblast, side of the line, distance to it, zone, and the sector
 * of the line with the distance along it ({@code chainageKm}, from the northern end) of the nearest point.
 */
public record GeoTags(Oblast oblast, Side side, double distanceToLineKm, Zone zone, Sector sector, double chainageKm) {

    public GeoTags {
        FieldRules.present("oblast", oblast);
        FieldRules.present("side", side);
        if (!(distanceToLineKm >= 0 && Double.isFinite(distanceToLineKm))) {
            throw new IllegalArgumentException("distanceToLineKm: must be a finite number >= 0, was " + distanceToLineKm);
        }
        FieldRules.present("zone", zone);
        FieldRules.present("sector", sector);
        if (!(chainageKm >= 0 && Double.isFinite(chainageKm))) {
            throw new IllegalArgumentException("chainageKm: must be a finite number >= 0, was " + chainageKm);
        }
    }
}
