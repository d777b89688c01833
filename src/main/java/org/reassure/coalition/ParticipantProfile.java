package org.reassure.coalition;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A participant with what the claims say about it: its standing, its roles, and the claims that
 * support them.
 */
public record ParticipantProfile(Participant participant, Standing standing, Set<String> roles, List<Claim> claims) {

	public static ParticipantProfile of(Participant participant, List<Claim> claims) {
		Set<String> roles = new TreeSet<>();
		claims.stream().filter(c -> c.predicate() == Predicate.ROLE).forEach(c -> roles.add(c.value()));
		return new ParticipantProfile(participant, Standing.of(claims), Set.copyOf(roles), List.copyOf(claims));
	}

	public List<Claim> standingClaims() {
		return claims.stream().filter(c -> c.predicate().bearsOnStanding()).toList();
	}
}
