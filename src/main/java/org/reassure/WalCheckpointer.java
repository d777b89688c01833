package org.reassure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Copies SQLite's write-ahead log back into the database file from a thread of its own. SQLite's
 * automatic checkpoint runs inside the commit that crosses its threshold, so a large commit (a ledger
 * burst, an ingest batch) spent about half its time copying pages and syncing the database file while
 * holding the write lock. The default datasource URL raises that threshold to a backstop
 * ({@code wal_autocheckpoint}); this thread checkpoints in PASSIVE mode, which never waits for or
 * blocks a reader or a writer, so the log is copied between commits and restarts from its beginning
 * whenever a transaction begins while it is fully copied. Writers that follow each other without a
 * pause never give it that moment; for them the backstop still bounds the log, and the writer that
 * crosses it finds nearly every frame copied already. A RESTART checkpoint from this thread would
 * force the moment but starves: it queues for SQLite's write lock, which goes to whichever writer
 * asks first, and meanwhile holds the checkpoint lock, so the log grew further. Does nothing on
 * PostgreSQL.
 */
@Component
class WalCheckpointer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WalCheckpointer.class);

	private final DataSource dataSource;
	private final Duration interval;
	private final AtomicLong walFrames = new AtomicLong();
	private final AtomicLong checkpointedFrames = new AtomicLong();
	private final AtomicLong checkpoints = new AtomicLong();
	private ScheduledExecutorService thread;

	WalCheckpointer(DataSource dataSource, @Value("${reassure.sqlite.checkpoint-interval}") Duration interval,
			MeterRegistry meters) {
		this.dataSource = dataSource;
		this.interval = interval;
		Gauge.builder("reassure.sqlite.wal.frames", walFrames, AtomicLong::get)
			.description("Frames in SQLite's write-ahead log at the last checkpoint")
			.register(meters);
		Gauge.builder("reassure.sqlite.wal.checkpointed.frames", checkpointedFrames, AtomicLong::get)
			.description("Frames of the log already copied into the database file at the last checkpoint")
			.register(meters);
		FunctionCounter.builder("reassure.sqlite.checkpoints", checkpoints, AtomicLong::get)
			.description("Checkpoints run by the checkpoint thread")
			.register(meters);
	}

	@Override
	public void start() {
		if (!onSqlite()) {
			return;
		}
		thread = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread checkpointer = new Thread(task, "sqlite-checkpoint");
			checkpointer.setDaemon(true);
			return checkpointer;
		});
		thread.scheduleWithFixedDelay(this::checkpoint, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** One passive checkpoint; a failure is logged and the next tick tries again. */
	void checkpoint() {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
			if (result.next()) {
				walFrames.set(result.getLong(2));
				checkpointedFrames.set(result.getLong(3));
			}
			checkpoints.incrementAndGet();
		}
		catch (SQLException | RuntimeException e) {
			log.warn("WAL checkpoint failed; retrying in {}", interval, e);
		}
	}

	long checkpoints() {
		return checkpoints.get();
	}

	/** Whether the last checkpoint found every frame of the log already in the database file. */
	boolean copiedAll() {
		return walFrames.get() == checkpointedFrames.get();
	}

	@Override
	public void stop() {
		if (thread != null) {
			thread.shutdown();
			awaitLastCheckpoint();
			thread = null;
		}
	}

	private void awaitLastCheckpoint() {
		try {
			if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
				log.warn("WAL checkpoint still running at shutdown");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	/** Stops after the components that write (higher phases stop first) and before the pool closes. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	private boolean onSqlite() {
		try (Connection connection = dataSource.getConnection()) {
			return "SQLite".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot read the database product", e);
		}
	}
}
