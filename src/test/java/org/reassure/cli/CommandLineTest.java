package org.reassure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.ReassureApplication;
import org.reassure.TestDatabase;

import picocli.CommandLine;

/**
 * The operator's commands on one database: export what the platform holds, import it elsewhere.
 */
class CommandLineTest {

	@TempDir
	Path work;

	@Test
	void exportsJsonThatImportsIntoAnEmptyRegistryAndAgainChangesNothing() throws Exception {
		Path exported = work.resolve("export.json");
		assertThat(run(work.resolve("a"), "export", "--format", "json", "-o", exported.toString())).isZero();
		String json = Files.readString(exported);
		assertThat(json).contains("\"code\" : \"FR\"").contains("002_5ee612add12d3443.txt");

		Path empty = work.resolve("b");
		assertThat(run(empty, "import", exported.toString(), "--reassure.dataset.load-on-start=false")).isZero();
		String second = capture(() -> run(empty, "import", exported.toString(), "--reassure.dataset.load-on-start=false"));
		assertThat(second).contains("Already imported");
	}

	@Test
	void exportsClaimsAsCsvOneRowPerCitation() throws Exception {
		String csv = capture(() -> run(work.resolve("c"), "export", "--format", "csv"));
		assertThat(csv.lines().findFirst()).hasValue("claim,subject,predicate,value,confidence,source,quote,description");
		assertThat(csv).contains("member-fr-");
	}

	@Test
	void refusesAnUnknownFormat() throws Exception {
		assertThat(run(work.resolve("d"), "export", "--format", "xml")).isNotZero();
	}

	private int run(Path dataDir, String... args) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(args));
		arguments.add("--reassure.data-dir=" + dataDir);
		arguments.add("--reassure.test.keep-database=true");
		if (TestDatabase.onPostgres()) {
			String schema = "cli_" + Integer.toHexString(dataDir.toString().hashCode() & 0x7fffffff);
			arguments.add("--spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + schema);
			arguments.add("--spring.datasource.username=postgres");
			arguments.add("--spring.flyway.schemas=" + schema);
			arguments.add("--spring.flyway.create-schemas=true");
		}
		return new CommandLine(new ReassureCommand(ReassureApplication.class)).execute(arguments.toArray(String[]::new));
	}

	private static String capture(java.util.concurrent.Callable<Integer> command) throws Exception {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			assertThat(command.call()).isZero();
		}
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}
}
