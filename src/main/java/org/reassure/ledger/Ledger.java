package org.reassure.ledger;

/**
 * The one way every module writes to the coalition record. An entry is appended inside the
 * caller's transaction, so the state change and its entry commit, or roll back, together.
 */
public interface Ledger {

	LedgerReceipt record(LedgerEntry entry);
}
