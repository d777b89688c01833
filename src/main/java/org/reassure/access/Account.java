package org.reassure.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.reassure.shared.Actor;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * A user of the platform: acts for a nation (liaisons) or for the coalition staff (nation absent).
 */
public record Account(String username, NationCode nation, Set<Role> roles, boolean enabled) {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	public Account {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new RuleViolation("username", "format", "must be 2-64 characters: lower-case letters, digits, '.', '_' or '-'");
		}
		if (roles == null || roles.isEmpty()) {
			throw new RuleViolation("roles", "required", "a user needs at least one role");
		}
		roles = Set.copyOf(EnumSet.copyOf(roles));
		if (roles.contains(Role.NATION_LIAISON) && nation == null) {
			throw new RuleViolation("nation", "required", "a nation liaison must belong to a nation");
		}
	}

	public Actor actor() {
		return new Actor(username, nation);
	}
}
