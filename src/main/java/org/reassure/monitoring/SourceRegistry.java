package org.reassure.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.reassure.access.Actors;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.monitoring.store.RegisteredSources;
import org.reassure.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may send reports, and how each sender proves it: a token over HTTP, the Cursor-on-Target stream and MQTT, a
 * pinned client certificate on the TLS port. Only the SHA-256 of a token is stored. Lookups are cached for a few
 * seconds, so a revocation reaches other instances within {@value #CACHE_MILLIS} ms and this one at once.
 */
@Service
public class SourceRegistry {

	static final long CACHE_MILLIS = 5_000;
	private static final String TOKEN_PREFIX = "rsm_";

	private record Cached(Optional<MonitoringSource> source, long until) {
	}

	private final RegisteredSources sources;
	private final Ledger ledger;
	private final Actors actors;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private final Map<String, Cached> byCredential = new ConcurrentHashMap<>();

	SourceRegistry(RegisteredSources sources, Ledger ledger, Actors actors, Clock clock) {
		this.sources = sources;
		this.ledger = ledger;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public RegisteredSource register(SourceRegistration registration) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		MonitoringSource source = new MonitoringSource(registration.id(), registration.name(), registration.sourceType(),
				registration.certificateSha256(), clock.instant(), false);
		sources.add(source, sha256(token), actors.current());
		Map<String, Object> entry = new HashMap<>();
		entry.put("id", source.id());
		entry.put("name", source.name());
		entry.put("sourceType", source.sourceType().name());
		entry.put("certificateSha256", source.certificateSha256());
		ledger.record(LedgerEntry.of(actors.current(), "monitoring.source.registered", entry));
		return new RegisteredSource(source, token);
	}

	@Transactional
	public void revoke(String id) {
		if (!sources.revoke(id)) {
			throw new NotFound("active monitoring source", id);
		}
		ledger.record(LedgerEntry.of(actors.current(), "monitoring.source.revoked", Map.of("id", id)));
		byCredential.clear();
	}

	public List<MonitoringSource> all() {
		return sources.all();
	}

	/** The active source this token belongs to. */
	public Optional<MonitoringSource> byToken(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = sha256(token);
		return cached("token:" + hash, () -> sources.byTokenHash(hash));
	}

	/** The active source whose pinned certificate has this SHA-256 fingerprint (lower-case hex). */
	public Optional<MonitoringSource> byCertificate(String sha256) {
		return cached("certificate:" + sha256, () -> sources.byCertificate(sha256));
	}

	/** Only known credentials are cached: unknown ones cannot fill the memory. */
	private Optional<MonitoringSource> cached(String key, Supplier<Optional<MonitoringSource>> load) {
		long now = clock.millis();
		Cached hit = byCredential.get(key);
		if (hit != null && hit.until() > now) {
			return hit.source();
		}
		Optional<MonitoringSource> source = load.get();
		if (source.isPresent()) {
			byCredential.put(key, new Cached(source, now + CACHE_MILLIS));
		}
		else {
			byCredential.remove(key);
		}
		return source;
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
