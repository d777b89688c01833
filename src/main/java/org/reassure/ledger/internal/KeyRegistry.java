package org.reassure.ledger.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.ledger.LedgerKeys;
import org.reassure.ledger.RegisteredKey;
import org.reassure.ledger.SignedTreeHead;
import org.reassure.ledger.WitnessNations;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key registry and the witnesses' cosignatures; every change is logged in the same transaction.
 */
@Component
class KeyRegistry implements LedgerKeys {

	private final Keys keys;
	private final TreeHeads heads;
	private final JdbcLedgerView view;
	private final WitnessNations witnesses;
	private final Ledger ledger;
	private final Clock clock;

	KeyRegistry(Keys keys, TreeHeads heads, JdbcLedgerView view, WitnessNations witnesses, Ledger ledger, Clock clock) {
		this.keys = keys;
		this.heads = heads;
		this.view = view;
		this.witnesses = witnesses;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RegisteredKey register(Actor actor, String publicKeyBase64, String replaces) {
		byte[] raw = decode("publicKey", publicKeyBase64);
		if (raw.length != Ed25519.KEY_BYTES) {
			throw new RuleViolation("publicKey", "ed25519", "an Ed25519 public key is 32 raw bytes, got " + raw.length);
		}
		String owner = EntrySignatures.ownerOf(actor);
		if (replaces != null) {
			Keys.Stored old = keys.find(replaces).orElseThrow(() -> new RuleViolation("replaces", "known-key", "no key " + replaces + " is registered"));
			if (!old.owner().equals(owner) || !old.active()) {
				throw new RuleViolation("replaces", "own-active-key", "key " + replaces + " is not an active key of " + owner);
			}
		}
		Keys.Stored key = new Keys.Stored(Ed25519.keyId(raw), owner, raw, clock.millis(), actor.user(), null);
		keys.add(key);
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("keyId", key.keyId());
		payload.put("owner", owner);
		payload.put("publicKey", Base64.getEncoder().encodeToString(raw));
		payload.put("replaces", replaces);
		ledger.record(LedgerEntry.of(actor, "ledger.key.registered", payload));
		if (replaces != null) {
			// After the entry: the old key may sign its own replacement.
			keys.retire(replaces, clock.millis());
		}
		return view(key);
	}

	@Override
	public List<RegisteredKey> keys() {
		return keys.all().stream().map(KeyRegistry::view).toList();
	}

	@Override
	public Optional<RegisteredKey> key(String keyId) {
		return keys.find(keyId).map(KeyRegistry::view);
	}

	@Override
	@Transactional
	public SignedTreeHead cosign(Actor actor, long treeSize, String keyId, long timeSeconds, String signatureBase64) {
		TreeHeads.Stored head = heads.find(treeSize).orElseThrow(() -> new NotFound("signed tree head of size", treeSize));
		if (actor.nation() == null || !witnesses.mayWitness(actor.nation())) {
			throw new RuleViolation("witness", "lead-nation", "only a lead nation of the coalition cosigns tree heads; "
					+ actor.user() + " acts for " + (actor.nation() == null ? "no nation" : actor.nation()));
		}
		Keys.Stored key = keys.find(keyId).orElseThrow(() -> new RuleViolation("keyId", "known-key", "no key " + keyId + " is registered"));
		if (!key.owner().equals(actor.nation().value()) || !key.active()) {
			throw new RuleViolation("keyId", "actor-key", "key " + keyId + " is not an active key of " + actor.nation());
		}
		byte[] signature = decode("signature", signatureBase64);
		SignedTreeHead signed = view.view(head);
		if (!Ed25519.verify(key.publicKey(), signed.cosignedMessage(timeSeconds), signature)) {
			throw new RuleViolation("signature", "valid", "the cosignature does not verify over the tree head of size " + treeSize + " with key " + keyId);
		}
		if (!heads.addCosignature(new TreeHeads.StoredCosignature(treeSize, keyId, actor.nation().value(), timeSeconds, signature))) {
			throw new Conflict("keyId", "key " + keyId + " has cosigned the tree head of size " + treeSize + " already");
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("treeSize", treeSize);
		payload.put("rootHash", signed.rootHash());
		payload.put("witness", actor.nation().value());
		payload.put("keyId", keyId);
		payload.put("time", timeSeconds);
		ledger.record(LedgerEntry.of(actor, "ledger.tree-head.cosigned", payload));
		return view.view(head);
	}

	private static byte[] decode(String field, String base64) {
		try {
			return Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation(field, "base64", field + " is not valid base64");
		}
	}

	private static RegisteredKey view(Keys.Stored key) {
		return new RegisteredKey(key.keyId(), key.owner(), Base64.getEncoder().encodeToString(key.publicKey()), Instant.ofEpochMilli(key.registeredAt()),
				key.registeredBy(), key.retiredAt() == null ? null : Instant.ofEpochMilli(key.retiredAt()));
	}
}
