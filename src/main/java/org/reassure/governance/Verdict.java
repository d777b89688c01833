package org.reassure.governance;

import java.util.List;

import org.reassure.shared.NationCode;

/**
 * What a decision rule makes of a count: whether it passes, why, and whom it would bind.
 */
public record Verdict(boolean passes, Explanation reason, List<NationCode> bound) {

	public Verdict {
		bound = List.copyOf(bound);
	}
}
