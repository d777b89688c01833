package org.reassure.governance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * The participants who vote on a proposal, fixed when it is opened, in the order they are listed.
 */
public record Electorate(@JsonValue List<NationCode> nations) {

	public static final int MAX_SIZE = 100;

	public Electorate {
		if (nations == null || nations.isEmpty() || nations.size() > MAX_SIZE) {
			throw new RuleViolation("electorate", "size", "an electorate has 1 to " + MAX_SIZE + " participants");
		}
		Set<NationCode> seen = new HashSet<>();
		for (NationCode nation : nations) {
			if (!seen.add(nation)) {
				throw new RuleViolation("electorate", "unique", nation + " is listed twice in the electorate");
			}
		}
		nations = List.copyOf(nations);
	}

	public boolean includes(NationCode nation) {
		return nations.contains(nation);
	}

	public int size() {
		return nations.size();
	}
}
