package org.reassure.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.reassure.coalition.CoalitionDataset;
import org.reassure.coalition.ImportResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * Imports a data set file into the registry.
 */
@Command(name = "import", description = "Import a data set file (JSON, the format export --format json writes).")
class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "the data set file")
	Path file;

	@ParentCommand
	ReassureCommand reassure;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() throws IOException {
		byte[] content = Files.readAllBytes(file);
		try (var context = OfflineContext.start(reassure, springArguments)) {
			ImportResult result = context.getBean(CoalitionDataset.class).importFile(content, OfflineContext.operator());
			System.out.println(result.alreadyImported() ? "Already imported: " + result.version()
					: "Imported " + result.version() + ": " + result.added() + " added, " + result.unchanged() + " unchanged (sha256 " + result.sha256() + ")");
		}
		return 0;
	}
}
