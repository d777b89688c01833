package org.reassure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.SpringProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * The context processed ahead of time serves only the configuration it was processed for; any other starts the usual way.
 */
class AheadOfTimeContextTest {

	private final AheadOfTimeContext aheadOfTime = new AheadOfTimeContext(new DeferredLogs());

	@BeforeEach
	void askForTheProcessedContext() {
		SpringProperties.setFlag(AotDetector.AOT_ENABLED);
	}

	@AfterEach
	void clearTheFlag() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
	}

	@Test
	void keepsTheProcessedContextForTheDefaultServer() {
		aheadOfTime.postProcessEnvironment(new MockEnvironment(), new SpringApplication());
		assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
	}

	@Test
	void startsTheUsualWayInKafkaMode() {
		aheadOfTime.postProcessEnvironment(new MockEnvironment().withProperty("reassure.monitoring.kafka.bootstrap-servers", "kafka-1:9092"),
				new SpringApplication());
		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
	}

	@Test
	void startsTheUsualWayForTheCommandLineTools() {
		aheadOfTime.postProcessEnvironment(new MockEnvironment().withProperty("reassure.listeners.enabled", "false"), new SpringApplication());
		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
	}
}
