package org.reassure.monitoring.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets ingest endpoints take the authenticated {@link org.reassure.monitoring.MonitoringSource} as an argument.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringWebConfiguration implements WebMvcConfigurer {

	private final SourceCredentials credentials;

	MonitoringWebConfiguration(SourceCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(credentials);
	}
}
