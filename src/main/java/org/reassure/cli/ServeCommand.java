package org.reassure.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * Starts the web UI, the REST API and the listeners.
 */
@Command(name = ServeCommand.NAME, description = "Start the platform (web UI and API). Spring properties pass through, e.g. --server.port=9090.")
class ServeCommand implements Callable<Integer> {

	static final String NAME = "serve";

	@ParentCommand
	ReassureCommand reassure;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		return serve(reassure.application(), springArguments.toArray(String[]::new));
	}

	static int serve(Class<?> application, String[] springArguments) {
		SpringApplication.run(application, springArguments);
		return ReassureCommand.KEEP_RUNNING;
	}
}
