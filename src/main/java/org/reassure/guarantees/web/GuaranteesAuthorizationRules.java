package org.reassure.guarantees.web;

import java.util.Map;

import org.reassure.access.AuthorizationRules;
import org.reassure.access.Role;
import org.reassure.guarantees.Transition;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every signed-in user sees the dashboard, declarations, readiness, routes and the peace plan;
 * commitments are read by the secretariat, planners and liaisons (their own nation's) and
 * recorded by liaisons; each activation move is open to the role its {@link Transition} names.
 */
@Component
class GuaranteesAuthorizationRules implements AuthorizationRules {

	/** The path segment of each move, under /api/v1/guarantees/activation/ and /guarantees/activation/. */
	static final Map<Transition, String> MOVES = Map.of(Transition.DECLARE_CEASEFIRE, "ceasefire-declaration", Transition.CEASEFIRE_ENTERS_INTO_FORCE,
			"ceasefire-entry-into-force", Transition.OPEN_BREACH_REVIEW, "breach-review", Transition.CLOSE_BREACH_REVIEW, "breach-review-closure",
			Transition.DETERMINE_ATTACK, "attack-determination");

	private static final String[] READ = { "/guarantees", "/guarantees/declarations", "/guarantees/ratification", "/guarantees/ratification/*",
			"/guarantees/peace-plans", "/api/v1/guarantees/activation", "/api/v1/guarantees/declarations", "/api/v1/guarantees/declarations/*",
			"/api/v1/guarantees/ratification", "/api/v1/guarantees/ratification/*", "/api/v1/guarantees/peace-plans", "/api/v1/guarantees/peace-plans/*",
			"/api/v1/guarantees/red-lines" };

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, READ).authenticated();
		requests.requestMatchers(HttpMethod.GET, "/guarantees/commitments", "/guarantees/commitments/*", "/api/v1/guarantees/commitments",
				"/api/v1/guarantees/commitments/*").hasAnyRole(Role.SECRETARIAT.name(), Role.PLANNER.name(), Role.NATION_LIAISON.name());
		requests.requestMatchers(HttpMethod.POST, "/guarantees/commitments", "/guarantees/commitments/*/*", "/api/v1/guarantees/commitments",
				"/api/v1/guarantees/commitments/*/*", "/guarantees/consultation/responses", "/api/v1/guarantees/activation/consultation/responses")
			.hasRole(Role.NATION_LIAISON.name());
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/guarantees/ratification/*/route").hasAnyRole(Role.NATION_LIAISON.name(), Role.SECRETARIAT.name());
		requests.requestMatchers(HttpMethod.POST, "/api/v1/guarantees/ratification/*/steps", "/guarantees/ratification/*/route",
				"/guarantees/ratification/*/steps").hasAnyRole(Role.NATION_LIAISON.name(), Role.SECRETARIAT.name());
		requests.requestMatchers(HttpMethod.POST, "/api/v1/guarantees/declarations", "/api/v1/guarantees/peace-plans/*/points",
				"/guarantees/peace-plans/*/points", "/guarantees/peace-plans/*/points/*").hasRole(Role.SECRETARIAT.name());
		requests.requestMatchers(HttpMethod.PATCH, "/api/v1/guarantees/peace-plans/*/points/*").hasRole(Role.SECRETARIAT.name());
		MOVES.forEach((transition, path) -> requests
			.requestMatchers(HttpMethod.POST, "/api/v1/guarantees/activation/" + path, "/guarantees/activation/" + path)
			.hasRole(transition.triggeredBy().name()));
	}
}
