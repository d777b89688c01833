package org.reassure.coalition.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which data set files have been imported, by version and content hash.
 */
@Repository
public class DatasetImports {

	private final JdbcClient jdbc;

	DatasetImports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean contains(String version, String sha256) {
		return jdbc.sql("SELECT COUNT(*) FROM dataset_imports WHERE version = ? AND sha256 = ?").params(version, sha256).query(Integer.class).single() > 0;
	}

	public void add(String version, String sha256, long importedAt, String importedBy) {
		jdbc.sql("INSERT INTO dataset_imports (version, sha256, imported_at, imported_by) VALUES (?, ?, ?, ?)")
			.params(version, sha256, importedAt, importedBy)
			.update();
	}
}
