package org.reassure.ledger;

import java.util.List;
import java.util.Optional;

import org.reassure.shared.Actor;

/**
 * The key registry, and witnesses' cosignatures of tree heads. Keys belong to the actor's nation,
 * or to the secretariat for staff acting for no nation; each registration, retirement and
 * cosignature is itself an entry of the log.
 */
public interface LedgerKeys {

	/**
	 * Registers an Ed25519 public key (raw 32 bytes, base64) for the actor's nation or for the
	 * secretariat; {@code replaces}, when given, names an active key of the same owner to retire.
	 */
	RegisteredKey register(Actor actor, String publicKeyBase64, String replaces);

	List<RegisteredKey> keys();

	Optional<RegisteredKey> key(String keyId);

	/**
	 * Adds a lead nation's cosignature to the signed tree head of {@code treeSize}: an Ed25519
	 * signature by an active key of the actor's nation over {@link SignedTreeHead#cosignedMessage(long)}.
	 */
	SignedTreeHead cosign(Actor actor, long treeSize, String keyId, long timeSeconds, String signatureBase64);
}
