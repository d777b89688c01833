package org.reassure.monitoring.listener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed key pairs made with the JDK's keytool, as an operator would: one for the listener, one per client.
 */
final class TestCertificates {

	static final String PASSWORD = "test-store-password";

	private final Path folder;

	private TestCertificates(Path folder) {
		this.folder = folder;
	}

	static TestCertificates create() {
		try {
			TestCertificates certificates = new TestCertificates(Files.createTempDirectory("reassure-tls-"));
			certificates.keyPair("server", "CN=localhost");
			certificates.keyPair("sensor", "CN=acoustic sensor");
			certificates.keyPair("stranger", "CN=unregistered sensor");
			return certificates;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path store(String name) {
		return folder.resolve(name + ".p12");
	}

	String fingerprint(String name) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate(name).getEncoded()));
	}

	/** A client context presenting {@code name}'s certificate and trusting the listener's. */
	SSLContext clientContext(String name) throws Exception {
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(load(name), PASSWORD.toCharArray());
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("server", certificate("server"));
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
		return context;
	}

	private X509Certificate certificate(String name) throws Exception {
		return (X509Certificate) load(name).getCertificate(name);
	}

	private KeyStore load(String name) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store(name))) {
			store.load(in, PASSWORD.toCharArray());
		}
		return store;
	}

	private void keyPair(String name, String dname) {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname,
				"-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", store(name).toString(), "-storetype", "PKCS12", "-storepass",
				PASSWORD, "-keypass", PASSWORD);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
