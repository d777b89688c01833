package org.reassure;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * On the embedded database, transactions take turns in the JVM, in the order they asked, before SQLite's write lock.
 * SQLite has one writer at a time, and every transaction here begins IMMEDIATE, so it takes that lock. A transaction
 * that finds it taken waits in SQLite's busy handler, which sleeps in growing steps up to 100 ms and retries; against
 * the ingest writer, which commits one batch after another, a monitor's alert or an officer's save waited seconds, and
 * the ingest writer, once it lost the lock, slept up to 100 ms at a time after the other had long finished. A fair
 * lock hands the turn over the moment the previous transaction ends. The turn is released only after the connection
 * is back in auto-commit mode, because the SQLite driver opens the next transaction as soon as one commits.
 */
class SqliteTransactionManager extends JdbcTransactionManager {

	private static final long TURN_TIMEOUT_SECONDS = 30;

	private final ReentrantLock turn = new ReentrantLock(true);

	SqliteTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		waitForTurn();
		try {
			super.doBegin(transaction, definition);
		}
		catch (RuntimeException | Error e) {
			turn.unlock();
			throw e;
		}
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		try {
			super.doCleanupAfterCompletion(transaction);
		}
		finally {
			turn.unlock();
		}
	}

	/** As long as SQLite's busy timeout in the default URL: a wait that long means a transaction is stuck. */
	private void waitForTurn() {
		try {
			if (!turn.tryLock(TURN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new CannotCreateTransactionException("no turn at the embedded database within " + TURN_TIMEOUT_SECONDS + " s");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CannotCreateTransactionException("interrupted while waiting for a turn at the embedded database", e);
		}
	}

	/** Replaces Spring Boot's transaction manager: this one on SQLite, Spring's own on any other database. */
	@Configuration(proxyBeanMethods = false)
	static class Choice {

		@Bean
		JdbcTransactionManager transactionManager(Environment environment, DataSource dataSource,
				ObjectProvider<TransactionManagerCustomizers> customizers) {
			String url = environment.getProperty("spring.datasource.url", "");
			JdbcTransactionManager manager = url.startsWith("jdbc:sqlite:") ? new SqliteTransactionManager(dataSource)
					: new JdbcTransactionManager(dataSource);
			customizers.ifAvailable(each -> each.customize(manager));
			return manager;
		}
	}
}
