package org.reassure.monitoring;

import java.time.Instant;

import org.reassure.shared.Actor;

/**
 * A monitor acknowledged a sector alert: it has been seen and is being handled. Published in the transaction that
 * records it.
 */
public record BreachAlertAcknowledged(AlertId alertId, Sector sector, Actor by, Instant at) {
}
