package org.reassure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A transaction that asks for SQLite's write lock while another thread commits one transaction after another gets
 * its turn after the transaction under way, not whenever SQLite's busy handler happens to find the lock free.
 */
class SqliteTransactionManagerTest {

	private static final int BUSY_TRANSACTIONS = 5_000;
	private static final int ROUNDS = 8;

	private Path directory;
	private HikariDataSource dataSource;

	@BeforeEach
	void openDatabase() throws Exception {
		directory = Files.createTempDirectory("reassure-turns-");
		dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:sqlite:" + directory.resolve("turns.db") + "?journal_mode=WAL&synchronous=FULL&busy_timeout=30000&transaction_mode=IMMEDIATE");
		dataSource.setMaximumPoolSize(4);
		JdbcClient.create(dataSource).sql("CREATE TABLE writes (n INTEGER NOT NULL)").update();
	}

	@AfterEach
	void closeDatabase() throws Exception {
		dataSource.close();
		try (var files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(directory);
	}

	/**
	 * Each waiting transaction should see at most the busy transaction under way and the one racing it commit
	 * first; a test thread descheduled on a loaded machine lets one or two more through now and then. Without turns,
	 * SQLite's busy handler lets dozens to hundreds through in most rounds (39 and 295 seen), so the total over the
	 * rounds tells the two apart where a single round cannot.
	 */
	@Test
	void aTransactionWaitingBesideABusyWriterGetsTheNextTurn() throws Exception {
		TransactionTemplate transactions = new TransactionTemplate(choose("jdbc:sqlite:" + directory.resolve("turns.db")));
		JdbcClient jdbc = JdbcClient.create(dataSource);
		AtomicLong committed = new AtomicLong();
		AtomicBoolean stop = new AtomicBoolean();
		CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < BUSY_TRANSACTIONS && !stop.get(); i++) {
				transactions.executeWithoutResult(status -> {
					jdbc.sql("INSERT INTO writes (n) VALUES (1)").update();
					pause();
				});
				committed.incrementAndGet();
			}
		});
		while (committed.get() < 5) {
			Thread.onSpinWait();
		}

		long overtaken = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long before = committed.get();
			long atBegin = transactions.execute(status -> {
				jdbc.sql("INSERT INTO writes (n) VALUES (2)").update();
				return committed.get();
			});
			overtaken += atBegin - before;
		}
		stop.set(true);
		busy.get(60, TimeUnit.SECONDS);

		assertThat(overtaken).as("busy transactions committed while %d others waited their turn", ROUNDS).isLessThanOrEqualTo(3L * ROUNDS);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM writes WHERE n = 2").query(Long.class).single()).isEqualTo(ROUNDS);
	}

	@Test
	void takesTurnsOnlyOnTheEmbeddedDatabase() {
		assertThat(choose("jdbc:sqlite:/var/lib/reassure/reassure.db")).isInstanceOf(SqliteTransactionManager.class);
		assertThat(choose("jdbc:postgresql://127.0.0.1:5432/test")).isExactlyInstanceOf(JdbcTransactionManager.class);
	}

	private JdbcTransactionManager choose(String url) {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		return new SqliteTransactionManager.Choice().transactionManager(environment, dataSource,
				new StaticListableBeanFactory().getBeanProvider(TransactionManagerCustomizers.class));
	}

	/** Holds the write lock a moment, as a batch of reports does. */
	private static void pause() {
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
