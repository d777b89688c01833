package org.reassure.monitoring;

import java.time.Instant;

/**
 * A registered sender of reports: a sensor, a drone ground station, an observer team. It sends reports of its own
 * {@code sourceType} under its own {@code id} only; {@code certificateSha256} pins the client certificate it presents
 * on the TLS Cursor-on-Target port, when it uses that port.
 */
public record MonitoringSource(String id, String name, SourceType sourceType, String certificateSha256, Instant registeredAt, boolean revoked) {
}
