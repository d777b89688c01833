package org.reassure;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Fails, for the whole test suite, any transaction that writes a table of a module without
 * appending a ledger entry, and any such write outside a transaction: a write path that bypasses
 * the ledger cannot pass the build. The ledger's own tables, Flyway's history and the event
 * publication registry are infrastructure and exempt, and so are derived tables; so is a
 * transaction that runs a migration.
 * Inactive outside the test run (no {@code reassure.test.db}), e.g. in the child JVM of the crash test.
 */
public class LedgerWriteGuard implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Pattern WRITE = Pattern.compile(
			"^\\s*(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM|REPLACE\\s+INTO|MERGE\\s+INTO|TRUNCATE(?:\\s+TABLE)?)\\s+([\\w.\"]+)",
			Pattern.CASE_INSENSITIVE);
	/** Schema changes happen only in migrations, whose seed rows (a counter's first row) need no entry. */
	private static final Pattern DDL = Pattern.compile("^\\s*(?:CREATE|ALTER|DROP)\\s", Pattern.CASE_INSENSITIVE);
	private static final String LEDGER_ENTRIES = "ledger_entries";
	private static final String MIGRATION_HISTORY = "flyway_schema_history";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (System.getProperty(TestDatabase.ENGINE) == null) {
			return;
		}
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof Guarded) ? new Guarded(dataSource) : bean;
			}
		});
	}

	/** The table a statement writes, if it writes one. */
	static Optional<String> writtenTable(String sql) {
		Matcher matcher = WRITE.matcher(sql);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String table = matcher.group(1).replace("\"", "").toLowerCase(Locale.ROOT);
		return Optional.of(table.substring(table.lastIndexOf('.') + 1));
	}

	/**
	 * Derived state, recomputed from recorded data by {@code monitoring rebuild}: the incidents fused
	 * from the reports (whose batches are in the ledger) and the pipeline's progress counters, per topic
	 * partition too when fusion runs in Kafka consumers.
	 */
	private static final java.util.Set<String> DERIVED = java.util.Set.of("monitoring_incidents", "monitoring_log", "monitoring_fusion_progress");

	static boolean exempt(String table) {
		return table.startsWith("ledger_") || table.equals(MIGRATION_HISTORY) || table.startsWith("event_publication") || DERIVED.contains(table);
	}

	static final class Guarded extends DelegatingDataSource {

		Guarded(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return guard(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return guard(super.getConnection(username, password));
		}

		private static Connection guard(Connection connection) {
			return (Connection) Proxy.newProxyInstance(LedgerWriteGuard.class.getClassLoader(), new Class<?>[] { Connection.class },
					new Transaction(connection));
		}
	}

	/** What the current transaction of one connection has written. */
	private static final class Transaction implements InvocationHandler {

		private final Connection connection;
		private String unrecordedTable;
		private boolean recorded;
		private boolean migration;

		Transaction(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "prepareStatement", "prepareCall" -> {
					Optional<String> written = tracked((String) args[0]);
					PreparedStatement statement = (PreparedStatement) call(method, args);
					return written.isEmpty() ? statement : countingWrites(statement, written.get());
				}
				case "createStatement" -> {
					Statement statement = (Statement) call(method, args);
					return Proxy.newProxyInstance(LedgerWriteGuard.class.getClassLoader(), new Class<?>[] { Statement.class },
							(p, m, a) -> {
								if (a != null && a.length > 0 && a[0] instanceof String sql && (m.getName().startsWith("execute") || m.getName().equals("addBatch"))) {
									inspect(sql);
								}
								return invokeOn(statement, m, a);
							});
				}
				case "commit" -> checkBeforeCommit();
				case "setAutoCommit" -> {
					if (Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit()) {
						checkBeforeCommit();
					}
				}
				case "rollback", "close" -> {
					if (args == null || args.length == 0) {
						reset();
					}
				}
				default -> {
				}
			}
			return call(method, args);
		}

		private void inspect(String sql) throws SQLException {
			tracked(sql).ifPresent(this::written);
		}

		/** The module table this statement may write, after noting ledger, migration and schema statements. */
		private Optional<String> tracked(String sql) throws SQLException {
			if (DDL.matcher(sql).find()) {
				migration = true;
			}
			Optional<String> table = writtenTable(sql);
			if (table.isEmpty()) {
				return Optional.empty();
			}
			String name = table.get();
			if (name.equals(LEDGER_ENTRIES)) {
				recorded = true;
			}
			else if (name.equals(MIGRATION_HISTORY)) {
				migration = true;
			}
			else if (!exempt(name)) {
				if (connection.getAutoCommit()) {
					throw new SQLException("write to table " + name + " outside a transaction, so without a ledger entry: " + sql);
				}
				return table;
			}
			return Optional.empty();
		}

		private void written(String table) {
			unrecordedTable = unrecordedTable == null ? table : unrecordedTable;
		}

		/** A prepared write counts once it changes a row: an insert that a unique key turns into nothing (a duplicate) is no write. */
		private Object countingWrites(PreparedStatement statement, String table) {
			return Proxy.newProxyInstance(LedgerWriteGuard.class.getClassLoader(), new Class<?>[] { PreparedStatement.class }, (p, m, a) -> {
				Object result = invokeOn(statement, m, a);
				boolean changed = switch (m.getName()) {
					case "executeUpdate" -> (Integer) result != 0;
					case "executeLargeUpdate" -> (Long) result != 0;
					case "executeBatch" -> java.util.Arrays.stream((int[]) result).anyMatch(n -> n != 0);
					case "executeLargeBatch" -> java.util.Arrays.stream((long[]) result).anyMatch(n -> n != 0);
					case "execute" -> statement.getUpdateCount() != 0;
					default -> false;
				};
				if (changed) {
					written(table);
				}
				return result;
			});
		}

		private void checkBeforeCommit() throws SQLException {
			String table = unrecordedTable;
			boolean bypassed = table != null && !recorded && !migration;
			if (bypassed) {
				connection.rollback();
			}
			reset();
			if (bypassed) {
				throw new SQLException("the transaction wrote table " + table + " but appended no ledger entry: every write goes through Ledger.record");
			}
		}

		private void reset() {
			unrecordedTable = null;
			recorded = false;
			migration = false;
		}

		private Object call(Method method, Object[] args) throws Throwable {
			return invokeOn(connection, method, args);
		}

		private static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}
	}
}
