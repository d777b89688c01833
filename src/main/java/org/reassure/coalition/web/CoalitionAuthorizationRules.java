package org.reassure.coalition.web;

import org.reassure.access.AuthorizationRules;
import org.reassure.access.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every signed-in user reads the registry; the secretariat records facts; administrators import.
 */
@Component
class CoalitionAuthorizationRules implements AuthorizationRules {

	private static final String[] READ = { "/api/v1/participants", "/api/v1/participants/*", "/api/v1/claims", "/api/v1/claims/*",
			"/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/headquarters", "/api/v1/reference", "/api/v1/sources", "/api/v1/datasets/export",
			"/", "/participants", "/participants/*", "/map", "/meetings", "/sources" };

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, READ).authenticated();
		requests.requestMatchers(HttpMethod.POST, "/api/v1/participants", "/api/v1/claims", "/api/v1/meetings")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.POST, "/api/v1/datasets").hasRole(Role.ADMIN.name());
	}
}
