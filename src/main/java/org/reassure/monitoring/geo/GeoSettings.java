package org.reassure.monitoring.geo;

/**
 * Zone limits and sector count of a {@link GeoContext}.
 *
 * @param withdrawalKm a position at most this far from the line is in the WITHDRAWAL_ZONE
 * @param bufferKm     a position farther than the withdrawal distance but at most this far is in the BUFFER
 * @param sectorCount  the number of equal sectors the line is cut into
 */
public record GeoSettings(double withdrawalKm, double bufferKm, int sectorCount) {

    public GeoSettings {
        if (!(withdrawalKm > 0 && Double.isFinite(withdrawalKm))) {
            throw new IllegalArgumentException("withdrawalKm: must be a finite number of km > 0, was " + withdrawalKm);
        }
        if (!(bufferKm >= withdrawalKm && Double.isFinite(bufferKm))) {
            throw new IllegalArgumentException("bufferKm: must be finite and >= withdrawalKm (" + withdrawalKm + "), was " + bufferKm);
        }
        if (sectorCount < 1 || sectorCount > 99) {
            throw new IllegalArgumentException("sectorCount: must be within [1, 99], was " + sectorCount);
        }
    }

    /** 15 km withdrawal zone, 30 km buffer, 12 sectors (about 100 km each on a 1,200 km line). */
    public static GeoSettings standard() {
        return new GeoSettings(15, 30, 12);
    }
}
