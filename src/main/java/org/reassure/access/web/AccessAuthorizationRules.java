package org.reassure.access.web;

import org.reassure.access.AuthorizationRules;
import org.reassure.access.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Administrators manage accounts; every signed-in user manages their own tokens.
 */
@Component
class AccessAuthorizationRules implements AuthorizationRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(Role.ADMIN.name());
		requests.requestMatchers(HttpMethod.GET, "/api/v1/tokens").authenticated();
		requests.requestMatchers(HttpMethod.POST, "/api/v1/tokens").authenticated();
		requests.requestMatchers(HttpMethod.DELETE, "/api/v1/tokens/*").authenticated();
	}
}
