package org.reassure.ledger;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

import org.reassure.shared.RuleViolation;

/**
 * An Ed25519 signature made by a registered key ({@code keyId}, the hex SHA-256 of its raw public
 * key) over the canonical statement of an entry.
 */
public record DetachedSignature(String keyId, byte[] value) {

	private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{64}");
	private static final int ED25519_SIGNATURE_BYTES = 64;

	public DetachedSignature {
		if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
			throw new RuleViolation("signature.keyId", "format", "a key id is the 64 hex characters of the SHA-256 of the raw public key");
		}
		Objects.requireNonNull(value, "value");
		if (value.length != ED25519_SIGNATURE_BYTES) {
			throw new RuleViolation("signature.value", "format", "an Ed25519 signature is 64 bytes, got " + value.length);
		}
		value = value.clone();
	}

	/** Reads {@code keyId=<hex>, signature=<base64>}, the form of the {@code Reassure-Signature} header. */
	public static DetachedSignature parse(String header) {
		String keyId = null;
		String signature = null;
		for (String part : header.split(",")) {
			String[] pair = part.trim().split("=", 2);
			if (pair.length == 2 && pair[0].trim().equals("keyId")) {
				keyId = pair[1].trim();
			}
			else if (pair.length == 2 && pair[0].trim().equals("signature")) {
				signature = pair[1].trim();
			}
		}
		if (keyId == null || signature == null) {
			throw new RuleViolation("Reassure-Signature", "format", "expected 'keyId=<hex>, signature=<base64>' or 'prepare'");
		}
		try {
			return new DetachedSignature(keyId, Base64.getDecoder().decode(signature));
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("signature.value", "base64", "the signature is not valid base64");
		}
	}

	@Override
	public byte[] value() {
		return value.clone();
	}

	public String base64() {
		return Base64.getEncoder().encodeToString(value);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DetachedSignature that && keyId.equals(that.keyId) && Arrays.equals(value, that.value);
	}

	@Override
	public int hashCode() {
		return 31 * keyId.hashCode() + Arrays.hashCode(value);
	}

	@Override
	public String toString() {
		return "DetachedSignature[keyId=" + keyId + "]";
	}
}
