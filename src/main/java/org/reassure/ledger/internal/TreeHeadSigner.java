package org.reassure.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.ledger.SignedTreeHead;
import org.reassure.ledger.merkle.MerkleLog;
import org.reassure.ledger.merkle.NodeStore;
import org.reassure.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a tree head every {@code reassure.ledger.sign-every-entries} entries or every
 * {@code reassure.ledger.sign-every-ms} milliseconds, whichever comes first, and on demand. The
 * log key is registered in the key registry (and the registration logged) before its first use.
 */
@Component
class TreeHeadSigner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TreeHeadSigner.class);

	private final TreeCache cache;
	private final LedgerEntries entries;
	private final TreeHeads heads;
	private final Keys keys;
	private final LogKey logKey;
	private final Ledger ledger;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final String origin;
	private final long everyEntries;
	private final boolean background;
	private final ExecutorService signer = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "ledger-tree-head-signer");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean queued = new AtomicBoolean();
	private volatile long lastSigned = -1;

	TreeHeadSigner(TreeCache cache, LedgerEntries entries, TreeHeads heads, Keys keys, LogKey logKey, Ledger ledger, TransactionTemplate transactions,
			Clock clock, @Value("${reassure.ledger.origin:reassure/coalition-ledger}") String origin,
			@Value("${reassure.ledger.sign-every-entries:1000}") long everyEntries,
			@Value("${reassure.listeners.enabled:true}") boolean background) {
		this.cache = cache;
		this.entries = entries;
		this.heads = heads;
		this.keys = keys;
		this.logKey = logKey;
		this.ledger = ledger;
		this.transactions = transactions;
		this.clock = clock;
		this.origin = origin;
		this.everyEntries = everyEntries;
		this.background = background;
	}

	String origin() {
		return origin;
	}

	@Scheduled(initialDelayString = "${reassure.ledger.sign-every-ms:1000}", fixedDelayString = "${reassure.ledger.sign-every-ms:1000}")
	void onSchedule() {
		if (background && entries.size() != lastSigned) {
			signQuietly();
		}
	}

	@EventListener
	void on(LogGrew grew) {
		if (background && grew.size() - lastSigned >= everyEntries && queued.compareAndSet(false, true)) {
			signer.execute(() -> {
				queued.set(false);
				signQuietly();
			});
		}
	}

	/** Signs the head of the log as committed now, unless a head of that size is signed already; returns the signed head. */
	synchronized TreeHeads.Stored signNow() {
		registerLogKey();
		NodeStore tree = cache.committed();
		long size = tree.size();
		TreeHeads.Stored existing = heads.find(size).orElse(null);
		if (existing != null) {
			lastSigned = size;
			return existing;
		}
		byte[] root = new MerkleLog(tree).rootHash(size);
		long timestamp = clock.millis();
		byte[] checkpoint = SignedTreeHead.checkpoint(origin, size, root, timestamp).getBytes(StandardCharsets.UTF_8);
		TreeHeads.Stored head = new TreeHeads.Stored(size, root, timestamp, logKey.keyId(), logKey.sign(checkpoint));
		if (!heads.add(head)) {
			head = heads.find(size).orElseThrow();
		}
		lastSigned = size;
		return head;
	}

	private void signQuietly() {
		try {
			signNow();
		}
		catch (RuntimeException e) {
			log.warn("Could not sign a tree head: {}", e.toString());
		}
	}

	/** Registers the log key, retiring the log keys before it (their signatures keep verifying). */
	private void registerLogKey() {
		String keyId = logKey.keyId();
		if (keys.find(keyId).isPresent()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			long now = clock.millis();
			keys.activeOf(Keys.LOG).forEach(old -> keys.retire(old.keyId(), now));
			keys.add(new Keys.Stored(keyId, Keys.LOG, logKey.publicKey(), now, Actor.SYSTEM.user(), null));
			ledger.record(LedgerEntry.of(Actor.SYSTEM, "ledger.log-key.registered",
					Map.of("keyId", keyId, "owner", Keys.LOG, "publicKey", Base64.getEncoder().encodeToString(logKey.publicKey()))));
		});
	}

	@Override
	public void destroy() {
		signer.shutdownNow();
	}
}
