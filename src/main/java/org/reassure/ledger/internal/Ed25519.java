package org.reassure.ledger.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The JDK's Ed25519 with keys as their raw 32 bytes (RFC 8032), the form browsers and other
 * libraries exchange, and key ids as the hex SHA-256 of those bytes.
 */
final class Ed25519 {

	static final int KEY_BYTES = 32;
	/** DER prefix of an X.509 SubjectPublicKeyInfo holding an Ed25519 key (RFC 8410). */
	private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private Ed25519() {
	}

	static String keyId(byte[] rawPublicKey) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rawPublicKey));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
		if (raw.length != KEY_BYTES) {
			throw new GeneralSecurityException("an Ed25519 public key is 32 bytes, got " + raw.length);
		}
		byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KEY_BYTES);
		System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, KEY_BYTES);
		return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
	}

	static byte[] raw(PublicKey key) {
		byte[] spki = key.getEncoded();
		return Arrays.copyOfRange(spki, spki.length - KEY_BYTES, spki.length);
	}

	/** Whether {@code signature} is the key's signature of {@code message}; false for any malformed input. */
	static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(publicKey(rawPublicKey));
			verifier.update(message);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

	static byte[] sign(PrivateKey key, byte[] message) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key);
			signer.update(message);
			return signer.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot sign with the log key", e);
		}
	}
}
