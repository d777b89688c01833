package org.reassure.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.reassure.access.AuthorizationRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain for pages and API: form login and sessions for people, HTTP Basic and bearer
 * tokens for programs. The rules come from every module's {@link AuthorizationRules}; whatever
 * none of them names is denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	/** Requests that carry their own credentials cannot be forged by another site's form. */
	private static final RequestMatcher CARRIES_CREDENTIALS = request -> request.getHeader("Authorization") != null;

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain filterChain(HttpSecurity http, List<AuthorizationRules> rules, ApiTokens tokens, AccountDirectory directory,
			JsonMapper json) throws Exception {
		AuthenticationEntryPoint problem = (request, response, e) -> writeProblem(json, response, HttpStatus.UNAUTHORIZED,
				"Authentication required", "Send HTTP Basic credentials or an API token (Authorization: Bearer ...).");
		AccessDeniedHandler pageDenied = new AccessDeniedHandlerImpl();
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll();
			requests.requestMatchers("/css/**", "/js/**", "/geo/**", "/img/**", "/webjars/**", "/favicon.ico", "/error").permitAll();
			requests.requestMatchers("/login", "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
			requests.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
			requests.requestMatchers("/actuator/**").hasRole("ADMIN");
			rules.forEach(rule -> rule.authorize(requests));
			requests.anyRequest().denyAll();
		})
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.authenticationEntryPoint(problem))
			.userDetailsService(directory)
			.csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_CREDENTIALS))
			.addFilterBefore(new BearerTokenFilter(tokens, directory, problem), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problem, API)
				.defaultAccessDeniedHandlerFor((request, response, e) -> writeProblem(json, response, HttpStatus.FORBIDDEN,
						"Forbidden", "Your role does not allow this request."), API)
				.defaultAccessDeniedHandlerFor(pageDenied, request -> true));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	private static void writeProblem(JsonMapper json, HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		json.writeValue(response.getOutputStream(), problem);
	}
}
