package org.reassure.monitoring.alert;

/**
 * An alert is OPEN when raised, ACKNOWLEDGED once a monitor has taken it in hand (final).
 */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED
}
