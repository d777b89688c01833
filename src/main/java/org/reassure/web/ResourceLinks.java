package org.reassure.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Page links are written as they are, not rewritten through the static-resource chain. With the
 * WebJars locator on the classpath Spring Boot would register the encoding filter, which looks
 * every link of every page up in the static locations of the jar (a miss is not cached): it took
 * most of the time of a page with many links. Version-less WebJar URLs still resolve on request.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
