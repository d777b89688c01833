package org.reassure.monitoring.fusion;

/**
 * Counters of a fusion since it started, and its current size.
 */
public record FusionStats(long fused, long duplicates, long late, long closedIncidents, int openIncidents, int openReports) {
}
