package org.reassure.ledger;

import java.util.List;

/**
 * The one way every module writes to the coalition record. An entry is appended inside the
 * caller's transaction, so the state change and its entry commit, or roll back, together.
 */
public interface Ledger {

	LedgerReceipt record(LedgerEntry entry);

	/**
	 * Appends several entries in order, in the caller's transaction, with one round of batched
	 * inserts: the path for high-volume callers.
	 */
	List<LedgerReceipt> recordAll(List<LedgerEntry> entries);

	/**
	 * The bytes a nation signs to attach a detached signature to {@code entry}: the RFC 8785
	 * canonical JSON of {@code {action, actor: {nation, user}, evidenceSha256, payload}}.
	 */
	byte[] statement(LedgerEntry entry);
}
