package org.reassure.access;

import java.util.Set;

import org.reassure.shared.Actor;

/**
 * Who is calling: the authenticated user behind the current request.
 */
public interface Actors {

	/** The current actor; refuses when nobody is authenticated. */
	Actor current();

	Set<Role> currentRoles();

	default boolean currentHas(Role role) {
		return currentRoles().contains(role);
	}
}
