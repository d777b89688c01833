package org.reassure.cli;

import java.util.Arrays;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reassure} command and its subcommands.
 */
@Command(name = "reassure", mixinStandardHelpOptions = true, version = "Reassure 0.1",
		description = "Coordination platform of the coalition of the willing.",
		subcommands = { ServeCommand.class, ImportCommand.class, ExportCommand.class, LedgerCommand.class, MonitoringCommand.class })
public class ReassureCommand {

	/** Returned by {@code serve}: the web server's threads keep the process alive. */
	public static final int KEEP_RUNNING = Integer.MIN_VALUE;
	private static final Set<String> STANDARD_OPTIONS = Set.of("--help", "--version");

	private final Class<?> application;

	/** The application class is handed in, so that this adapter does not depend on the root package. */
	public ReassureCommand(Class<?> application) {
		this.application = application;
	}

	/**
	 * Runs the command that the arguments name and returns its exit code. {@code serve}, the default, starts at once,
	 * without the command-line parser: the start does not wait for it, and Spring's ahead-of-time processing, which
	 * runs the main method and abandons the start it begins, gets that start's end back instead of an exit code.
	 * Arguments that begin with a Spring property ({@code --server.port=9090}) start the platform too, as they start
	 * any Spring Boot application.
	 */
	public int execute(String... args) {
		if (args.length == 0 || isSpringProperty(args[0])) {
			return ServeCommand.serve(application, args);
		}
		if (args[0].equals(ServeCommand.NAME)) {
			return ServeCommand.serve(application, Arrays.copyOfRange(args, 1, args.length));
		}
		return new CommandLine(this).execute(args);
	}

	private static boolean isSpringProperty(String argument) {
		return argument.startsWith("--") && argument.length() > 2 && !STANDARD_OPTIONS.contains(argument);
	}

	Class<?> application() {
		return application;
	}
}
