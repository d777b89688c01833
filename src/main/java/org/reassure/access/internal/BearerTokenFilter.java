package org.reassure.access.internal;

import java.io.IOException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer rsr_...} API tokens. The context lives for this
 * request only: a token never opens a session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;
	private final AccountDirectory directory;
	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(ApiTokens tokens, AccountDirectory directory, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.directory = directory;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.startsWith(BEARER)) {
			chain.doFilter(request, response);
			return;
		}
		UserDetails user = tokens.ownerOf(TokenHash.of(header.substring(BEARER.length()).trim()))
			.map(directory::loadUserByUsername)
			.filter(UserDetails::isEnabled)
			.orElse(null);
		if (user == null) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
