package org.reassure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Test application contexts listen for Cursor-on-Target on ports the system picks, so test runs (and other builds on
 * the machine) never fight over 8087. Inactive outside the test run, like {@link TestDatabase}.
 */
public class TestListeners implements EnvironmentPostProcessor {

	private static final String INLINED = "Inlined Test Properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(TestDatabase.ENGINE) == null) {
			return;
		}
		MapPropertySource ports = new MapPropertySource("reassure-test-listeners",
				Map.of("reassure.monitoring.cot.tcp-port", 0, "reassure.monitoring.cot.tls-port", 0));
		// below a test's own properties, above application.yml
		if (environment.getPropertySources().contains(INLINED)) {
			environment.getPropertySources().addAfter(INLINED, ports);
		}
		else {
			environment.getPropertySources().addFirst(ports);
		}
	}
}
