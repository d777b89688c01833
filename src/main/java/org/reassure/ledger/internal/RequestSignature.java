package org.reassure.ledger.internal;

import org.reassure.ledger.DetachedSignature;
import org.reassure.ledger.LedgerEntry;

/**
 * The {@code Reassure-Signature} header of the API request being served, if any: it signs the
 * first entry the request records. {@code prepare} asks for the statement to sign instead: the
 * command runs, its transaction is rolled back, and the answer (428) carries the statement.
 */
final class RequestSignature {

	static final String HEADER = "Reassure-Signature";
	private static final String PREPARE = "prepare";
	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private RequestSignature() {
	}

	static void open(String header) {
		CURRENT.set(header);
	}

	static void close() {
		CURRENT.remove();
	}

	/** The entry with the request's signature attached, or {@link StatementToSign} for a prepare request. */
	static LedgerEntry applyTo(LedgerEntry entry, EntryCodec codec) {
		String header = CURRENT.get();
		if (header == null || entry.signature() != null) {
			return entry;
		}
		CURRENT.remove();
		if (header.trim().equalsIgnoreCase(PREPARE)) {
			throw new StatementToSign(codec.statement(entry), entry);
		}
		return entry.signedWith(DetachedSignature.parse(header));
	}
}
