package org.reassure.monitoring.web;

import org.reassure.access.AuthorizationRules;
import org.reassure.access.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Ingest is open to monitoring sources only, which authenticate with their own token ({@link SourceCredentials}),
 * not as users; everything else in the module is for monitors and administrators.
 */
@Component
class MonitoringAuthorizationRules implements AuthorizationRules {

	private static final String[] INGEST = { "/api/v1/monitoring/reports", "/api/v1/monitoring/reports/cot", "/api/v1/monitoring/uploads/csv",
			"/api/v1/monitoring/uploads/geojson" };

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, INGEST).permitAll();
		requests.requestMatchers("/api/v1/monitoring/**").hasAnyRole(Role.MONITOR.name(), Role.ADMIN.name());
	}
}
