package org.reassure.monitoring.internal;

import java.time.Clock;

import org.reassure.monitoring.ObservationTimeRule;
import org.reassure.monitoring.geo.GeoContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's shared settings and its in-memory geographic context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringProperties.class)
class MonitoringConfiguration {

	@Bean
	GeoContext geoContext(MonitoringProperties properties) {
		return GeoContext.synthetic(properties.geo().settings());
	}

	@Bean
	ObservationTimeRule observationTimeRule(Clock clock, MonitoringProperties properties) {
		return new ObservationTimeRule(clock, properties.maxAhead(), properties.maxAge());
	}
}
