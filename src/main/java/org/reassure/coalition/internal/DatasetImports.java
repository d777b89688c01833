package org.reassure.coalition.internal;

import java.util.Optional;

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

	/** The version of the file with this content hash, if it was imported. */
	public Optional<String> versionOf(String sha256) {
		return jdbc.sql("SELECT version FROM dataset_imports WHERE sha256 = ?").params(sha256).query(String.class).optional();
	}

	public void add(String version, String sha256, long importedAt, String importedBy) {
		jdbc.sql("INSERT INTO dataset_imports (version, sha256, imported_at, imported_by) VALUES (?, ?, ?, ?)")
			.params(version, sha256, importedAt, importedBy)
			.update();
	}
}
