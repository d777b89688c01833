package org.reassure.cli;

import java.util.Arrays;

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

	private final Class<?> application;

	/** The application class is handed in, so that this adapter does not depend on the root package. */
	public ReassureCommand(Class<?> application) {
		this.application = application;
	}

	/**
	 * Runs the command that the arguments name and returns its exit code. {@code serve}, the default, starts at once,
	 * without the command-line parser: the start does not wait for it, and Spring's ahead-of-time processing, which
	 * runs the main method and abandons the start it begins, gets that start's end back instead of an exit code.
	 */
	public int execute(String... args) {
		if (args.length == 0 || args[0].equals(ServeCommand.NAME)) {
			return ServeCommand.serve(application, Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
		}
		return new CommandLine(this).execute(args);
	}

	Class<?> application() {
		return application;
	}
}
