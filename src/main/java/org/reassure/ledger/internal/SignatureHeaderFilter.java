package org.reassure.ledger.internal;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hands the {@code Reassure-Signature} header of an API request to the ledger for the length of
 * the request, so that any module's write can carry the acting nation's signature.
 */
@Component
class SignatureHeaderFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(RequestSignature.HEADER);
		if (header == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			chain.doFilter(request, response);
			return;
		}
		RequestSignature.open(header);
		try {
			chain.doFilter(request, response);
		}
		finally {
			RequestSignature.close();
		}
	}
}
