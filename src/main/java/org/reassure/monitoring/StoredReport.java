package org.reassure.monitoring;

/**
 * A raw report as stored: its place in the commit order ({@code seq}), its batch, the format it came in, and its
 * leaf hash in the batch's Merkle tree (hex of {@code SHA-256(0x00 || canonical bytes)}).
 */
public record StoredReport(long seq, Report report, ReportFormat format, long batchId, String leafHash) {
}
