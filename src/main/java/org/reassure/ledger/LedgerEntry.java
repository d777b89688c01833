package org.reassure.ledger;

import java.util.Objects;
import java.util.regex.Pattern;

import org.reassure.shared.Actor;
import org.reassure.shared.RuleViolation;

/**
 * What a command asks the ledger to record: who did it, the action (a dotted name such as
 * {@code coalition.claim.recorded}), the payload (serialised canonically) and, when evidence is
 * attached, the SHA-256 of the evidence file. A nation may sign the entry: {@code signature} is
 * then its Ed25519 signature over {@link Ledger#statement(LedgerEntry)}, verified before appending.
 */
public record LedgerEntry(Actor actor, String action, Object payload, String evidenceSha256, DetachedSignature signature) {

	private static final Pattern ACTION = Pattern.compile("[a-z]+(\\.[a-z-]+){1,4}");
	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	public LedgerEntry {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(payload, "payload");
		if (action == null || !ACTION.matcher(action).matches()) {
			throw new IllegalArgumentException("action must be a dotted lower-case name such as module.thing.done, was: " + action);
		}
		if (evidenceSha256 != null && !SHA256_HEX.matcher(evidenceSha256).matches()) {
			throw new RuleViolation("evidenceSha256", "sha256", "must be 64 lower-case hexadecimal characters");
		}
	}

	public LedgerEntry(Actor actor, String action, Object payload, String evidenceSha256) {
		this(actor, action, payload, evidenceSha256, null);
	}

	public static LedgerEntry of(Actor actor, String action, Object payload) {
		return new LedgerEntry(actor, action, payload, null, null);
	}

	/** The same entry, carrying the acting nation's detached signature. */
	public LedgerEntry signedWith(DetachedSignature detached) {
		return new LedgerEntry(actor, action, payload, evidenceSha256, Objects.requireNonNull(detached, "detached"));
	}
}
