package org.reassure.monitoring;

/**
 * The kind of sensor or person a report comes from; corroboration needs two different kinds.
 */
public enum SourceType {
    ACOUSTIC,
    RADAR,
    DRONE,
    SATELLITE,
    OBSERVER,
    PARTY_COMPLAINT
}
