package org.reassure.guarantees;

import java.time.Instant;

import org.reassure.shared.NationCode;

/**
 * Published, and kept in the commitment's history, when a commitment moves: {@code from} is null
 * when it was just recorded.
 */
public record CommitmentStatusChanged(CommitmentId commitment, NationCode nation, String component, CommitmentStatus from, CommitmentStatus to,
		String by, Instant at, String note) {
}
