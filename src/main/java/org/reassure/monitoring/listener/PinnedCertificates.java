package org.reassure.monitoring.listener;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;

import javax.net.ssl.X509TrustManager;

import org.reassure.monitoring.SourceRegistry;

/**
 * Trusts a client certificate when it is valid now and its SHA-256 fingerprint is pinned to an active monitoring
 * source: no certificate authority is involved, and revoking the source refuses the certificate at the next
 * handshake.
 */
final class PinnedCertificates implements X509TrustManager {

	private final SourceRegistry sources;

	PinnedCertificates(SourceRegistry sources) {
		this.sources = sources;
	}

	static Optional<String> fingerprint(Certificate certificate) {
		try {
			return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));
		}
		catch (CertificateEncodingException e) {
			return Optional.empty();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		if (chain == null || chain.length == 0) {
			throw new CertificateException("a client certificate is required");
		}
		chain[0].checkValidity();
		if (fingerprint(chain[0]).flatMap(sources::byCertificate).isEmpty()) {
			throw new CertificateException("the client certificate is not pinned to an active monitoring source");
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("this trust manager only checks clients");
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[0];
	}
}
