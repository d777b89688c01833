package org.reassure.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.ReassureApplication;
import org.reassure.cli.ReassureCommand;
import org.reassure.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever is done to the stored log behind the ledger's back (a row changed, deleted, inserted,
 * moved, the log truncated), {@code ledger verify} names the first sequence number affected; and
 * {@code ledger audit} catches a rewritten history against a tree head saved before.
 */
@SpringBootTest(properties = "reassure.listeners.enabled=false")
class LedgerTamperTest {

	private static final Actor CLERK = new Actor("tamper-test", null);

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerAudit audit;

	@Autowired
	LedgerView view;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	private Snapshot original;

	/** The ledger tables as they were, to put back after each test. */
	private record Snapshot(List<Map<String, Object>> entries, List<Map<String, Object>> tiles, long size) {
	}

	@BeforeEach
	void fillAndSnapshot() {
		if (view.size() < 700) {
			transactions.executeWithoutResult(status -> ledger.recordAll(IntStream.range(0, 700)
				.mapToObj(i -> LedgerEntry.of(CLERK, "test.tamper.filled", Map.of("i", i, "note", "entry " + i)))
				.toList()));
		}
		view.signTreeHead();
		original = new Snapshot(jdbc.queryForList("SELECT * FROM ledger_entries ORDER BY seq"), jdbc.queryForList("SELECT * FROM ledger_tiles ORDER BY block"),
				view.size());
		assertVerified();
	}

	private void assertVerified() {
		LedgerAudit.Verification result = audit.verify();
		assertThat(result.verified()).as(result.problem()).isTrue();
	}

	@AfterEach
	void restore() {
		jdbc.update("DELETE FROM ledger_entries");
		jdbc.update("DELETE FROM ledger_tiles");
		original.entries().forEach(row -> insert("ledger_entries", row));
		original.tiles().forEach(row -> insert("ledger_tiles", row));
		jdbc.update("UPDATE ledger_head SET size = ? WHERE id = 1", original.size());
		jdbc.update("DELETE FROM ledger_cosignatures WHERE tree_size > ?", original.size());
		jdbc.update("DELETE FROM ledger_tree_heads WHERE tree_size > ?", original.size());
		assertVerified();
	}

	private void insert(String table, Map<String, Object> row) {
		List<String> columns = new ArrayList<>(row.keySet());
		jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)",
				columns.stream().map(row::get).toArray());
	}

	private byte[] bytesOf(long seq) {
		return jdbc.queryForObject("SELECT entry_bytes FROM ledger_entries WHERE seq = ?", byte[].class, seq);
	}

	private static byte[] leafHash(byte[] bytes) throws Exception {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		sha256.update((byte) 0);
		return sha256.digest(bytes);
	}

	private void assertFirstBad(long seq) {
		LedgerAudit.Verification result = audit.verify();
		assertThat(result.verified()).isFalse();
		assertThat(result.firstBadSequence()).as(result.problem()).isEqualTo(seq);
	}

	@Test
	void aChangedRowIsNamed() {
		String text = new String(bytesOf(300), StandardCharsets.UTF_8).replace("\"note\":\"entry ", "\"note\":\"forged ");
		jdbc.update("UPDATE ledger_entries SET entry_bytes = ? WHERE seq = 300", (Object) text.getBytes(StandardCharsets.UTF_8));
		assertFirstBad(300);
	}

	@Test
	void aRowChangedWithItsLeafHashIsNamedByTheTreeAboveIt() throws Exception {
		byte[] forged = new String(bytesOf(301), StandardCharsets.UTF_8).replace("\"note\":\"entry ", "\"note\":\"forged ").getBytes(StandardCharsets.UTF_8);
		jdbc.update("UPDATE ledger_entries SET entry_bytes = ?, leaf_hash = ? WHERE seq = 301", forged, leafHash(forged));
		assertFirstBad(301);
	}

	@Test
	void aDeletedRowIsNamed() {
		jdbc.update("DELETE FROM ledger_entries WHERE seq = 123");
		assertFirstBad(123);
	}

	@Test
	void anInsertedRowIsNamed() throws Exception {
		long size = view.size();
		byte[] forged = new String(bytesOf(size - 1), StandardCharsets.UTF_8).replace("\"seq\":" + (size - 1), "\"seq\":" + size)
			.getBytes(StandardCharsets.UTF_8);
		Map<String, Object> row = new java.util.HashMap<>(original.entries().get((int) size - 1));
		row.put("seq", size);
		row.put("entry_bytes", forged);
		row.put("leaf_hash", leafHash(forged));
		insert("ledger_entries", row);
		assertFirstBad(size);
	}

	@Test
	void reorderedRowsAreNamed() {
		jdbc.update("UPDATE ledger_entries SET seq = -1 WHERE seq = 200");
		jdbc.update("UPDATE ledger_entries SET seq = 200 WHERE seq = 201");
		jdbc.update("UPDATE ledger_entries SET seq = 201 WHERE seq = -1");
		assertFirstBad(200);
	}

	@Test
	void aTruncatedLogIsNamedAtItsFirstMissingEntry() {
		jdbc.update("DELETE FROM ledger_entries WHERE seq >= 400");
		jdbc.update("DELETE FROM ledger_tiles WHERE block >= 1");
		jdbc.update("UPDATE ledger_head SET size = 400 WHERE id = 1");
		assertFirstBad(400);
	}

	@Test
	void theCommandLineVerifiesAndAuditsASavedTreeHead(@TempDir Path folder) throws Exception {
		Path saved = folder.resolve("tree-head.json");
		Files.writeString(saved, JsonMapper.builder().build().writeValueAsString(view.signTreeHead()));
		transactions.executeWithoutResult(status -> ledger.record(LedgerEntry.of(CLERK, "test.tamper.later", Map.of("after", "saved head"))));

		assertThat(cli("ledger", "verify")).startsWith("0|verified:");
		assertThat(cli("ledger", "audit", "--tree-head", saved.toString())).startsWith("0|consistent:");

		jdbc.update("UPDATE ledger_entries SET entry_bytes = ? WHERE seq = 5", (Object) "{}".getBytes(StandardCharsets.UTF_8));
		assertThat(cli("ledger", "verify")).startsWith("3|NOT VERIFIED: first bad sequence number 5");
		byte[] root = jdbc.queryForObject("SELECT root FROM ledger_tiles WHERE block = 0", byte[].class);
		root[0] ^= 1;
		jdbc.update("UPDATE ledger_tiles SET root = ? WHERE block = 0", (Object) root);
		assertThat(cli("ledger", "audit", "--tree-head", saved.toString())).startsWith("3|INCONSISTENT:");
	}

	/** Runs the command line on this test's database; returns "exit code|output". */
	private String cli(String... command) {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.add("--reassure.test.keep-database=true");
		for (String property : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password", "spring.flyway.schemas")) {
			String value = environment.getProperty(property);
			if (value != null) {
				arguments.add("--" + property + "=" + value);
			}
		}
		arguments.add("--reassure.dataset.load-on-start=false");
		PrintStream console = System.out;
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
		try {
			int exit = new CommandLine(new ReassureCommand(ReassureApplication.class)).execute(arguments.toArray(String[]::new));
			return exit + "|" + output.toString(StandardCharsets.UTF_8)
				.lines()
				.filter(line -> line.matches("(verified|NOT VERIFIED|consistent|INCONSISTENT).*"))
				.findFirst()
				.orElse(output.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(console);
		}
	}
}
