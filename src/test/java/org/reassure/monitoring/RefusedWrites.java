package org.reassure.monitoring;

import java.util.List;

import org.reassure.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database refusing inserts and updates of a table's rows that match a condition, as a full disk or a lost
 * connection would refuse them, until {@link #close() lifted}: a trigger, on either engine.
 */
public final class RefusedWrites implements AutoCloseable {

	private final JdbcClient database;
	private final String table;

	private RefusedWrites(JdbcClient database, String table) {
		this.database = database;
		this.table = table;
	}

	/** {@code condition} is SQL both engines read, over the row written as {@code NEW}. */
	public static RefusedWrites of(JdbcClient database, String table, String condition) {
		if (TestDatabase.onPostgres()) {
			database.sql("CREATE FUNCTION refuse_" + table + "() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'write to " + table
					+ " refused'; END $$ LANGUAGE plpgsql").update();
			database.sql("CREATE TRIGGER refuse_" + table + " BEFORE INSERT OR UPDATE ON " + table + " FOR EACH ROW WHEN (" + condition
					+ ") EXECUTE FUNCTION refuse_" + table + "()").update();
		}
		else {
			for (String change : List.of("insert", "update")) {
				database.sql("CREATE TRIGGER refuse_" + table + "_" + change + " BEFORE " + change + " ON " + table + " WHEN " + condition
						+ " BEGIN SELECT RAISE(ABORT, 'write to " + table + " refused'); END").update();
			}
		}
		return new RefusedWrites(database, table);
	}

	@Override
	public void close() {
		if (TestDatabase.onPostgres()) {
			database.sql("DROP TRIGGER refuse_" + table + " ON " + table).update();
			database.sql("DROP FUNCTION refuse_" + table + "()").update();
		}
		else {
			database.sql("DROP TRIGGER refuse_" + table + "_insert").update();
			database.sql("DROP TRIGGER refuse_" + table + "_update").update();
		}
	}
}
