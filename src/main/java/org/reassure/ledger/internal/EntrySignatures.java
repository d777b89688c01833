package org.reassure.ledger.internal;

import org.reassure.ledger.DetachedSignature;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Checks an entry's detached signature before it is appended: a registered, active key of the
 * actor's own nation (of the secretariat for staff), valid over the entry's statement.
 */
@Component
class EntrySignatures {

	private final Keys keys;
	private final EntryCodec codec;

	EntrySignatures(Keys keys, EntryCodec codec) {
		this.keys = keys;
		this.codec = codec;
	}

	static String ownerOf(Actor actor) {
		return actor.nation() == null ? Keys.SECRETARIAT : actor.nation().value();
	}

	void check(LedgerEntry entry) {
		DetachedSignature signature = entry.signature();
		if (signature == null) {
			return;
		}
		Keys.Stored key = keys.find(signature.keyId())
			.orElseThrow(() -> new RuleViolation("signature.keyId", "known-key", "no key " + signature.keyId() + " is registered"));
		String owner = ownerOf(entry.actor());
		if (!key.owner().equals(owner)) {
			throw new RuleViolation("signature.keyId", "actor-key",
					"key " + key.keyId() + " belongs to " + key.owner() + ", but " + entry.actor().user() + " acts for " + owner);
		}
		if (!key.active()) {
			throw new RuleViolation("signature.keyId", "active-key", "key " + key.keyId() + " is retired and signs nothing new");
		}
		if (!Ed25519.verify(key.publicKey(), codec.statement(entry), signature.value())) {
			throw new RuleViolation("signature.value", "valid", "the signature does not verify over the entry's statement with key " + key.keyId());
		}
	}
}
