package org.reassure.monitoring;

/**
 * A newly registered source with its token, shown once: only the token's SHA-256 is kept.
 */
public record RegisteredSource(MonitoringSource source, String token) {
}
