package org.reassure.governance.web;

import org.reassure.access.AuthorizationRules;
import org.reassure.access.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every signed-in user reads statutes, proposals and tallies; the secretariat opens proposals (and,
 * with administrators, loads weight tables); only nation liaisons cast, change or withdraw ballots.
 */
@Component
class GovernanceAuthorizationRules implements AuthorizationRules {

	private static final String[] READ = { "/api/v1/governance/statutes", "/api/v1/governance/statutes/*", "/api/v1/governance/weight-tables",
			"/api/v1/governance/weight-tables/*", "/api/v1/governance/proposals", "/api/v1/governance/proposals/*",
			"/api/v1/governance/proposals/*/tally", "/api/v1/governance/proposals/*/ballots", "/governance/statutes", "/governance/proposals",
			"/governance/proposals/*" };

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/governance/proposals/new").hasRole(Role.SECRETARIAT.name());
		requests.requestMatchers(HttpMethod.GET, READ).authenticated();
		requests.requestMatchers(HttpMethod.POST, "/api/v1/governance/proposals", "/governance/proposals").hasRole(Role.SECRETARIAT.name());
		requests.requestMatchers(HttpMethod.POST, "/api/v1/governance/weight-tables").hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.POST, "/api/v1/governance/proposals/*/ballots", "/governance/proposals/*/ballot",
				"/governance/proposals/*/ballot/withdraw").hasRole(Role.NATION_LIAISON.name());
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/governance/proposals/*/ballots/*").hasRole(Role.NATION_LIAISON.name());
		requests.requestMatchers(HttpMethod.DELETE, "/api/v1/governance/proposals/*/ballots/*").hasRole(Role.NATION_LIAISON.name());
	}
}
