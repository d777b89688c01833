package org.reassure;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
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
 * publication registry are infrastructure and exempt; so is a transaction that runs a migration.
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

	static boolean exempt(String table) {
		return table.startsWith("ledger_") || table.equals(MIGRATION_HISTORY) || table.startsWith("event_publication");
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
				case "prepareStatement", "prepareCall" -> inspect((String) args[0]);
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
			if (DDL.matcher(sql).find()) {
				migration = true;
			}
			Optional<String> table = writtenTable(sql);
			if (table.isEmpty()) {
				return;
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
				unrecordedTable = unrecordedTable == null ? name : unrecordedTable;
			}
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
