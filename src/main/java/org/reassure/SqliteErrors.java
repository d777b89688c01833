package org.reassure;

import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Spring knows PostgreSQL's error codes but not SQLite's; without this a duplicate key on the
 * embedded database would surface as an uncategorised error instead of a 409. Registered for the
 * "SQLite" product in {@code sql-error-codes.xml}.
 */
public class SqliteErrors implements SQLExceptionTranslator {

	@Override
	public DataAccessException translate(String task, String sql, SQLException e) {
		if (!(e instanceof SQLiteException sqlite)) {
			return null;
		}
		SQLiteErrorCode code = sqlite.getResultCode();
		String message = task + "; " + e.getMessage();
		if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
			return new DuplicateKeyException(message, e);
		}
		if (code.name().startsWith("SQLITE_CONSTRAINT")) {
			return new DataIntegrityViolationException(message, e);
		}
		return null;
	}
}
