package org.reassure.coalition;

import org.reassure.shared.RuleViolation;

/**
 * Someone who attended a meeting without being a participant's delegation (e.g. US envoys).
 */
public record Guest(String name, String role, String participant) {

	public Guest {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new RuleViolation("guests.name", "length", "a guest's name is 1 to 100 characters");
		}
	}
}
