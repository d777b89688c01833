package org.reassure.monitoring;

/**
 * Which side of the line of contact a position is on.
 */
public enum Side {
    UKRAINIAN_CONTROLLED,
    OCCUPIED,
    /** Beyond the ends of the line and outside every known oblast (e.g. Russia past the northern end, open sea). */
    UNKNOWN
}
