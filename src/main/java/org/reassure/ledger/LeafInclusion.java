package org.reassure.ledger;

import java.util.List;

/**
 * The RFC 9162 inclusion proof of a leaf in the tree of {@code treeSize} leaves, hashes in hex.
 */
public record LeafInclusion(long leafIndex, long treeSize, String leafHash, List<String> path, String rootHash) {

	public LeafInclusion {
		path = List.copyOf(path);
	}
}
