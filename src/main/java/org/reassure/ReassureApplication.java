package org.reassure;

import org.reassure.cli.ReassureCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Entry point of the single executable jar: without arguments it serves the platform, otherwise
 * it runs the command line ({@code serve}, {@code import}, {@code export}, ...). Asynchronous execution is on for
 * the modules' event listeners ({@code @ApplicationModuleListener}): each runs after the publisher's commit, in a
 * transaction of its own on a pool thread, so it never waits for the publisher's connection to be released.
 */
@SpringBootApplication
@Modulithic(systemName = "Reassure", sharedModules = "shared")
@EnableAsync
public class ReassureApplication {

	public static void main(String[] args) {
		int exitCode = new ReassureCommand(ReassureApplication.class).execute(args);
		if (exitCode != ReassureCommand.KEEP_RUNNING) {
			System.exit(exitCode);
		}
	}
}
