package org.reassure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An operator starts the platform as any Spring Boot application: with no command, with {@code serve}, or with
 * Spring properties alone; the properties reach the application unchanged.
 */
class ServeByDefaultTest {

	private static final AtomicReference<ApplicationArguments> STARTED_WITH = new AtomicReference<>();
	private static final AtomicReference<ConfigurableApplicationContext> STARTED = new AtomicReference<>();

	@AfterEach
	void stop() {
		STARTED.getAndSet(null).close();
		STARTED_WITH.set(null);
	}

	@Test
	void startsThePlatformWhenTheArgumentsAreSpringPropertiesAlone() {
		int exit = new ReassureCommand(Recorder.class).execute("--spring.main.web-application-type=none", "--reassure.data-dir=/tmp/nowhere");

		assertThat(exit).isEqualTo(ReassureCommand.KEEP_RUNNING);
		assertThat(STARTED_WITH.get().getSourceArgs()).containsExactly("--spring.main.web-application-type=none", "--reassure.data-dir=/tmp/nowhere");
		assertThat(STARTED.get().getEnvironment().getProperty("reassure.data-dir")).isEqualTo("/tmp/nowhere");
	}

	@Test
	void startsThePlatformWithServeAndPassesWhatFollows() {
		int exit = new ReassureCommand(Recorder.class).execute("serve", "--spring.main.web-application-type=none");

		assertThat(exit).isEqualTo(ReassureCommand.KEEP_RUNNING);
		assertThat(STARTED_WITH.get().getSourceArgs()).containsExactly("--spring.main.web-application-type=none");
	}

	/** Stands in for the application class: records how it was started. */
	@Configuration(proxyBeanMethods = false)
	static class Recorder {

		@Bean
		Object startedWith(ApplicationArguments arguments, ConfigurableApplicationContext context) {
			STARTED_WITH.set(arguments);
			STARTED.set(context);
			return arguments;
		}
	}
}
