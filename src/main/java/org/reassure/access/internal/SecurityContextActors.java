package org.reassure.access.internal;

import java.util.Set;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the actor from the authenticated principal of the current request.
 */
@Component
class SecurityContextActors implements Actors {

	@Override
	public Actor current() {
		return principal().account().actor();
	}

	@Override
	public Set<Role> currentRoles() {
		return principal().account().roles();
	}

	private static AccountPrincipal principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal;
		}
		throw new AccessDeniedException("no authenticated user");
	}
}
