package org.reassure.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.reassure.coalition.CoalitionDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * Exports the registry.
 */
@Command(name = "export", description = "Export the registry: json (a data set file) or csv (claims, one row per citation).")
class ExportCommand implements Callable<Integer> {

	enum Format {
		json, csv
	}

	@Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = { "-o", "--output" }, description = "write to this file instead of standard output")
	Path output;

	@ParentCommand
	ReassureCommand reassure;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() throws IOException {
		String text;
		try (var context = OfflineContext.start(reassure, springArguments)) {
			CoalitionDataset dataset = context.getBean(CoalitionDataset.class);
			text = format == Format.json ? dataset.exportJson() : dataset.exportCsv();
		}
		if (output == null) {
			System.out.print(text);
		}
		else {
			Files.writeString(output, text, StandardCharsets.UTF_8);
		}
		return 0;
	}
}
