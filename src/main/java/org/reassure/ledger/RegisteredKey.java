package org.reassure.ledger;

import java.time.Instant;

/**
 * A public key in the registry: owned by a nation (its code), the secretariat ({@code secretariat})
 * or the log itself ({@code log}); the raw Ed25519 key in base64; retired keys sign nothing new.
 */
public record RegisteredKey(String keyId, String owner, String publicKey, Instant registeredAt, String registeredBy, Instant retiredAt) {

	public boolean active() {
		return retiredAt == null;
	}
}
