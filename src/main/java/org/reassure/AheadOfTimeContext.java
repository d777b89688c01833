package org.reassure;

import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Falls back to the usual start when {@code -Dspring.aot.enabled=true} asks for the context that {@code mvn package}
 * processed ahead of time but the configuration is not the one it was processed with. Processing fixes every
 * conditional bean: it was done for the web server with its listeners and in-process fusion (the arguments of the
 * {@code process-aot} execution in the pom). The Kafka mode and the command-line tools (listeners off, no web server)
 * need other beans, so they read their configuration classes at start, as without the flag.
 */
class AheadOfTimeContext implements EnvironmentPostProcessor {

	private final Log log;

	AheadOfTimeContext(DeferredLogFactory logs) {
		this.log = logs.getLog(AheadOfTimeContext.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (AotDetector.useGeneratedArtifacts() && !processedFor(environment)) {
			log.info("Starting without the ahead-of-time processed context: it was processed for in-process fusion with the listeners on");
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
		}
	}

	private static boolean processedFor(Environment environment) {
		return environment.getProperty("reassure.listeners.enabled", Boolean.class, true)
				&& environment.getProperty("reassure.monitoring.kafka.bootstrap-servers", "").isBlank();
	}
}
