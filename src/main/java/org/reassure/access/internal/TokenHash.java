package org.reassure.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How API token secrets are stored. Tokens carry 256 random bits, so a fast hash is as safe as a
 * slow one here, and it keeps every API request cheap (bcrypt would cost ~70 ms a call).
 */
public final class TokenHash {

	private TokenHash() {
	}

	public static String of(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
