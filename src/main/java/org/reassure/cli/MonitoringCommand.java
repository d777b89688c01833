package org.reassure.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.reassure.monitoring.IncidentRebuild;
import org.reassure.monitoring.IncidentsRebuilt;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * Operators' tools for ceasefire monitoring.
 */
@Command(name = "monitoring", description = "Ceasefire monitoring tools.", subcommands = MonitoringCommand.Rebuild.class)
class MonitoringCommand {

	@ParentCommand
	ReassureCommand reassure;

	/** Recomputes the derived incidents from the raw reports. */
	@Command(name = "rebuild", description = "Recompute every incident from the stored reports, with the platform stopped.")
	static class Rebuild implements Callable<Integer> {

		@ParentCommand
		MonitoringCommand monitoring;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() {
			try (var context = OfflineContext.start(monitoring.reassure, springArguments)) {
				IncidentsRebuilt result = context.getBean(IncidentRebuild.class).rebuild(OfflineContext.operator());
				System.out.println("Rebuilt " + result.incidents() + " incidents from " + result.reports() + " reports");
			}
			return 0;
		}
	}
}
