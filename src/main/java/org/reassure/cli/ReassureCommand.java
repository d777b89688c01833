package org.reassure.cli;

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

	Class<?> application() {
		return application;
	}
}
