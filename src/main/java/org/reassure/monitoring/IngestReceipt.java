package org.reassure.monitoring;

import java.util.List;

/**
 * What became of a sender's input: {@code accepted} reports are durably stored (of which {@code duplicates} were
 * stored before, by an earlier delivery), {@code rejectedCount} parts were refused; {@code rejected} lists the first
 * of them with their place and reason.
 */
public record IngestReceipt(int accepted, int duplicates, int rejectedCount, List<Rejection> rejected) {

	public IngestReceipt {
		rejected = List.copyOf(rejected);
	}
}
