package org.reassure.shared;

import java.util.Objects;

/**
 * Who performs a command: a user, and the nation the user acts for (absent for coalition staff).
 */
public record Actor(String user, NationCode nation) {

	public static final Actor SYSTEM = new Actor("system", null);

	public Actor {
		Objects.requireNonNull(user, "user");
		if (user.isBlank()) {
			throw new IllegalArgumentException("an actor needs a user name");
		}
	}

	public boolean actsFor(NationCode code) {
		return nation != null && nation.equals(code);
	}
}
