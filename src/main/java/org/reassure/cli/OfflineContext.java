package org.reassure.cli;

import java.util.ArrayList;
import java.util.List;

import org.reassure.shared.Actor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform without its web server and listeners, for one command run by an operator at the
 * machine; the operator is recorded as {@code cli:<system user>}.
 */
final class OfflineContext {

	private OfflineContext() {
	}

	static ConfigurableApplicationContext start(ReassureCommand reassure, List<String> springArguments) {
		List<String> arguments = new ArrayList<>(springArguments);
		arguments.add("--reassure.listeners.enabled=false");
		// A web application context (the security configuration needs one) whose server never starts.
		arguments.add("--server.port=-1");
		return new SpringApplicationBuilder(reassure.application()).web(WebApplicationType.SERVLET)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

	static Actor operator() {
		return new Actor("cli:" + System.getProperty("user.name", "unknown"), null);
	}
}
