package org.reassure.monitoring;

/**
 * Band of distance from the line of contact; the limits are set by the geographic context (15 and 30 km by default).
 */
public enum Zone {
    /** Within the withdrawal distance of the line, where heavy weapons must not be. */
    WITHDRAWAL_ZONE,
    /** Beyond the withdrawal distance, within the buffer distance. */
    BUFFER,
    /** Farther than the buffer distance. */
    REAR
}
