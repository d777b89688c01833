package org.reassure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded database's write-ahead log is copied back by the checkpoint thread, not by the
 * committing writers, and still does not grow without bound. A context of its own: its database
 * starts empty, and its entries do not shift those other tests count on.
 */
@SpringBootTest(properties = { "reassure.listeners.enabled=false", "reassure.sqlite.checkpoint.idle=30ms" })
class WalCheckpointerTest {

	private static final Actor CLERK = new Actor("checkpoint-test", null);

	@Autowired
	Ledger ledger;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WalCheckpointer checkpointer;

	@Autowired
	Environment environment;

	@Test
	void keepsTheLogBoundedWhileWritersNeverCheckpoint() throws IOException {
		assumeFalse(TestDatabase.onPostgres(), "SQLite only");
		assertThat(environment.getProperty("spring.datasource.url")).contains("wal_autocheckpoint=10000");
		Path wal = Path.of(environment.getProperty("spring.datasource.url").substring("jdbc:sqlite:".length()).split("\\?")[0] + "-wal");

		long before = checkpointer.checkpoints();
		writeRound(0);
		long oneRound = Files.size(wal);
		for (int round = 1; round < 12; round++) {
			awaitLogCopied(before);
			before = checkpointer.checkpoints();
			writeRound(round);
		}

		assertThat(checkpointer.isRunning()).isTrue();
		assertThat(Files.size(wal)).as("the log restarts once copied, far below the writers' own threshold")
			.isLessThan(3 * oneRound);
		assertThat(oneRound * 12).as("without checkpoints the rounds would stay below that threshold").isLessThan(10_000L * 4096);
	}

	@Test
	void staysIdleOnPostgres() {
		assumeTrue(TestDatabase.onPostgres(), "PostgreSQL only");
		assertThat(checkpointer.isRunning()).isFalse();
	}

	private void writeRound(int round) {
		transactions.executeWithoutResult(status -> ledger.recordAll(IntStream.range(0, 2_000)
			.mapToObj(i -> LedgerEntry.of(CLERK, "test.checkpoint.round", Map.of("round", round, "i", i, "note", "x".repeat(100))))
			.toList()));
	}

	/** A checkpoint since {@code before}, the count taken before the last round, which found every frame copied. */
	private void awaitLogCopied(long before) {
		await().atMost(Duration.ofSeconds(10)).until(() -> checkpointer.checkpoints() > before && checkpointer.copiedAll());
	}
}
