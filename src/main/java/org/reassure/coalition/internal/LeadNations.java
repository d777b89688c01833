package org.reassure.coalition.internal;

import java.util.Set;

import org.reassure.coalition.Predicate;
import org.reassure.ledger.WitnessNations;
import org.reassure.shared.NationCode;
import org.springframework.stereotype.Component;

/**
 * The lead nations, as the claims name them (co-chairs, and lead nations of a domain), are the
 * coalition's witnesses of the ledger.
 */
@Component
class LeadNations implements WitnessNations {

	private static final Set<String> LEADING_ROLES = Set.of("CO_CHAIR", "LEAD_NATION");

	private final Claims claims;

	LeadNations(Claims claims) {
		this.claims = claims;
	}

	@Override
	public boolean mayWitness(NationCode nation) {
		return claims.all()
			.stream()
			.anyMatch(c -> c.predicate() == Predicate.ROLE && c.subject().equals(nation.value()) && LEADING_ROLES.contains(c.value()));
	}
}
