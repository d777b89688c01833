package org.reassure.ledger.web;

import org.reassure.access.AuthorizationRules;
import org.reassure.access.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every signed-in user reads the record and its proofs; nations and the secretariat register
 * their keys; nations cosign (the ledger checks that they lead); the staff sign on demand.
 */
@Component
class LedgerAuthorizationRules implements AuthorizationRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/ledger", "/api/v1/ledger/**").authenticated();
		requests.requestMatchers(HttpMethod.POST, "/api/v1/ledger/keys").hasAnyRole(Role.NATION_LIAISON.name(), Role.SECRETARIAT.name());
		requests.requestMatchers(HttpMethod.POST, "/api/v1/ledger/tree-heads/*/cosignatures").hasRole(Role.NATION_LIAISON.name());
		requests.requestMatchers(HttpMethod.POST, "/api/v1/ledger/tree-heads").hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name());
	}
}
