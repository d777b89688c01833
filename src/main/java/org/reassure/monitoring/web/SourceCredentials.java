package org.reassure.monitoring.web;

import org.reassure.monitoring.MonitoringSource;
import org.reassure.monitoring.SourceRegistry;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link MonitoringSource} handler argument from {@code Authorization: Source <token>}: sources are not
 * user accounts, so they carry their own scheme, which the user authentication filters leave alone.
 */
@Component
class SourceCredentials implements HandlerMethodArgumentResolver {

	static final String SCHEME = "Source ";

	private final SourceRegistry registry;

	SourceCredentials(SourceRegistry registry) {
		this.registry = registry;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == MonitoringSource.class;
	}

	@Override
	public MonitoringSource resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			throw new SourceUnauthenticated("send the source's token: Authorization: Source <token>");
		}
		return registry.byToken(header.substring(SCHEME.length()).trim())
			.orElseThrow(() -> new SourceUnauthenticated("unknown or revoked source token"));
	}

	/** No usable source credential: 401. */
	static final class SourceUnauthenticated extends RuntimeException {

		SourceUnauthenticated(String message) {
			super(message);
		}
	}
}
