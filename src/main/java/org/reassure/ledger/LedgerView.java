package org.reassure.ledger;

import java.util.List;
import java.util.Optional;

/**
 * What any member may read to check the record without trusting the operator: entries with their
 * canonical bytes, signed tree heads, inclusion and consistency proofs.
 */
public interface LedgerView {

	long size();

	List<RecordedEntry> entries(EntryFilter filter);

	Optional<RecordedEntry> entry(long seq);

	/** The latest signed tree head and its cosignatures; empty before the first is signed. */
	Optional<SignedTreeHead> latestTreeHead();

	Optional<SignedTreeHead> treeHead(long treeSize);

	/** Signs a tree head for the current size now (unless one is signed for it already) and returns it. */
	SignedTreeHead signTreeHead();

	/** Inclusion proof of the entry with this leaf hash (hex) in the tree of {@code treeSize} leaves. */
	LeafInclusion inclusionProof(String leafHash, long treeSize);

	TreeConsistency consistencyProof(long firstSize, long secondSize);
}
