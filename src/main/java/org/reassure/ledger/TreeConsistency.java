package org.reassure.ledger;

import java.util.List;

/**
 * The RFC 9162 consistency proof that the tree of {@code secondSize} leaves extends the one of
 * {@code firstSize} leaves, with both root hashes; hex.
 */
public record TreeConsistency(long firstSize, long secondSize, String firstRoot, String secondRoot, List<String> path) {

	public TreeConsistency {
		path = List.copyOf(path);
	}
}
