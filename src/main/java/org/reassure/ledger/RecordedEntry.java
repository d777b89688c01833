package org.reassure.ledger;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * An entry as the log holds it: the decoded fields, and {@code canonical}, the base64 of the exact
 * bytes hashed into the tree ({@code leafHash} = SHA-256(0x00 || canonical), hex).
 */
public record RecordedEntry(long seq, Instant timestamp, String user, String nation, String action, JsonNode payload, String evidenceSha256,
		String signedBy, String leafHash, String canonical) {
}
