package org.reassure.ledger;

/**
 * Checks the whole record: {@link #verify()} recomputes the tree from the stored entries and
 * checks every stored hash, tile, signature and tree head; {@link #audit(SignedTreeHead)} proves
 * that a tree head a member saved earlier is a prefix of today's log.
 */
public interface LedgerAudit {

	Verification verify();

	Audit audit(SignedTreeHead saved);

	/**
	 * The outcome of a full verification: {@code firstBadSequence} is the first sequence number
	 * found missing, altered, inserted or out of place (-1 when the log verifies).
	 */
	record Verification(boolean verified, long entries, long firstBadSequence, String problem, long treeHeads, long signatures,
			long millis) {
	}

	/** Whether the saved tree head is signed by a log key and consistent with the current tree. */
	record Audit(boolean consistent, long savedSize, long currentSize, String currentRoot, String problem) {
	}
}
