package org.reassure.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The log's own Ed25519 key, which signs tree heads. Generated on first start into a file only its
 * owner may read (two lines: the base64 PKCS#8 private key, the base64 raw public key); instances
 * sharing one PostgreSQL database should share the file too.
 */
@Component
class LogKey {

	private final PrivateKey privateKey;
	private final byte[] publicKey;

	LogKey(@Value("${reassure.ledger.log-key-file:${reassure.data-dir}/ledger-log.key}") Path file) {
		try {
			if (!Files.exists(file)) {
				generate(file);
			}
			List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
			privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).trim())));
			publicKey = Base64.getDecoder().decode(lines.get(1).trim());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the log key file " + file, e);
		}
		catch (GeneralSecurityException | RuntimeException e) {
			throw new IllegalStateException("the log key file " + file + " does not hold an Ed25519 key", e);
		}
	}

	byte[] sign(byte[] message) {
		return Ed25519.sign(privateKey, message);
	}

	byte[] publicKey() {
		return publicKey.clone();
	}

	String keyId() {
		return Ed25519.keyId(publicKey);
	}

	private static void generate(Path file) throws IOException, GeneralSecurityException {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String text = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
				+ Base64.getEncoder().encodeToString(Ed25519.raw(pair.getPublic())) + "\n";
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "ledger-log", ".tmp");
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		Files.writeString(temporary, text, StandardCharsets.US_ASCII);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
