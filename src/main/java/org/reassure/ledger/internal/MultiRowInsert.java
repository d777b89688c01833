package org.reassure.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with batched multi-row {@code INSERT ... VALUES (...), (...)} statements: per
 * row, the JDBC round of binds and steps then costs a fraction of a single-row batch's.
 */
final class MultiRowInsert<T> {

	/** Binds one row's values from {@code first} on. */
	interface Row<T> {
		void bind(PreparedStatement statement, int first, T row) throws SQLException;
	}

	private final JdbcTemplate jdbc;
	private final String table;
	private final int columns;
	private final int rowsPerStatement;
	private final Row<T> row;

	MultiRowInsert(JdbcTemplate jdbc, String table, int columns, int rowsPerStatement, Row<T> row) {
		this.jdbc = jdbc;
		this.table = table;
		this.columns = columns;
		this.rowsPerStatement = rowsPerStatement;
		this.row = row;
	}

	void insert(List<T> rows) {
		int whole = rows.size() / rowsPerStatement * rowsPerStatement;
		insert(rows.subList(0, whole), rowsPerStatement);
		insert(rows.subList(whole, rows.size()), rows.size() - whole);
	}

	private void insert(List<T> rows, int perStatement) {
		if (rows.isEmpty()) {
			return;
		}
		String values = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		jdbc.batchUpdate("INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(perStatement, values)),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement statement, int index) throws SQLException {
						for (int i = 0; i < perStatement; i++) {
							row.bind(statement, i * columns + 1, rows.get(index * perStatement + i));
						}
					}

					@Override
					public int getBatchSize() {
						return rows.size() / perStatement;
					}
				});
	}
}
