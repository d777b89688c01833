package org.reassure.ledger;

import java.util.Objects;
import java.util.regex.Pattern;

import org.reassure.shared.Actor;
import org.reassure.shared.RuleViolation;

/**
 * What a command asks the ledger to record: who did it, the action (a dotted name such as
 * {@code coalition.claim.recorded}), the payload (serialised canonically) and, when evidence is
 * attached, the SHA-256 of the evidence file.
 */
public record LedgerEntry(Actor actor, String action, Object payload, String evidenceSha256) {

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

	public static LedgerEntry of(Actor actor, String action, Object payload) {
		return new LedgerEntry(actor, action, payload, null);
	}
}
