package org.reassure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Copies SQLite's write-ahead log back into the database file from a thread of its own, in the pauses
 * between writes. SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so
 * a burst of large commits (ledger appends, ingest batches) spent about half its time copying pages
 * and syncing the database file while holding the write lock; copying at the same time from another
 * thread gained nothing on two cores, as the copy competes for the same disk and CPU. The log is durable
 * once committed, so the copy can wait: the default datasource URL raises SQLite's threshold to a
 * backstop ({@code wal_autocheckpoint}) and this thread checkpoints once the log has not grown for a
 * moment, or after {@code max-delay} under writers that never pause. It checkpoints in PASSIVE mode,
 * which never waits for or blocks a reader or a writer; the log then restarts from its beginning at
 * the next write. Does nothing on PostgreSQL.
 */
@Component
@EnableConfigurationProperties(CheckpointSettings.class)
class WalCheckpointer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WalCheckpointer.class);

	private final DataSource dataSource;
	private final CheckpointSettings settings;
	private final AtomicLong walFrames = new AtomicLong();
	private final AtomicLong checkpointedFrames = new AtomicLong();
	private final AtomicLong checkpoints = new AtomicLong();
	private ScheduledExecutorService thread;
	private Path wal;
	private FileTime seenModified;
	private long grewAt;
	private long checkpointedAt;
	private boolean uncopied;

	WalCheckpointer(DataSource dataSource, CheckpointSettings settings, MeterRegistry meters) {
		this.dataSource = dataSource;
		this.settings = settings;
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
		wal = walFile();
		if (wal == null) {
			return;
		}
		checkpointedAt = System.nanoTime();
		thread = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread checkpointer = new Thread(task, "sqlite-checkpoint");
			checkpointer.setDaemon(true);
			return checkpointer;
		});
		long poll = settings.poll().toMillis();
		thread.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
	}

	/** Notes whether the log grew since the last look and checkpoints when it is time. */
	private void tick() {
		long now = System.nanoTime();
		FileTime modified = lastModified();
		if (modified != null && !modified.equals(seenModified)) {
			seenModified = modified;
			grewAt = now;
			uncopied = true;
		}
		if (uncopied && (now - grewAt >= settings.idle().toNanos() || now - checkpointedAt >= settings.maxDelay().toNanos())) {
			checkpoint();
			checkpointedAt = now;
			uncopied = false;
		}
	}

	/** One passive checkpoint; a failure is logged and the next change of the log tries again. */
	private void checkpoint() {
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
			log.warn("WAL checkpoint failed; tried again when the log next grows", e);
		}
	}

	private FileTime lastModified() {
		try {
			return Files.getLastModifiedTime(wal);
		}
		catch (NoSuchFileException none) {
			return null;
		}
		catch (IOException e) {
			log.warn("cannot read the modification time of {}", wal, e);
			return null;
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

	/** The write-ahead log of the main database file, or null when the database is not a SQLite file. */
	private Path walFile() {
		try (Connection connection = dataSource.getConnection()) {
			if (!"SQLite".equals(connection.getMetaData().getDatabaseProductName())) {
				return null;
			}
			try (Statement statement = connection.createStatement(); ResultSet files = statement.executeQuery("PRAGMA database_list")) {
				while (files.next()) {
					String file = files.getString("file");
					if ("main".equals(files.getString("name")) && file != null && !file.isEmpty()) {
						return Path.of(file + "-wal");
					}
				}
				return null;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot read which database the platform uses", e);
		}
	}
}
