package org.reassure.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.reassure.governance.Statutes;
import org.reassure.governance.StatutesDocument;
import org.reassure.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of the statutes, each stored as its document in the statutes file format.
 */
@Repository
public class StatutesVersions {

	private static final String COLUMNS = "version, recorded_at, document";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	StatutesVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public String digest(StatutesDocument document) {
		return Digest.sha256(json.writeValueAsString(StatutesFile.of(document)));
	}

	public Optional<Statutes> withDigest(String digest) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM governance_statutes WHERE digest = ?").param(digest).query(this::map).optional();
	}

	public Statutes add(StatutesDocument document, String digest, Actor recordedBy, Instant at) {
		int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM governance_statutes").query(Integer.class).single();
		jdbc.sql("INSERT INTO governance_statutes (version, digest, title, document, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
			.params(version, digest, document.titleEn(), json.writeValueAsString(StatutesFile.of(document)), at.toEpochMilli(), recordedBy.user())
			.update();
		return new Statutes(version, at, document);
	}

	public Optional<Statutes> latest() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM governance_statutes ORDER BY version DESC LIMIT 1").query(this::map).optional();
	}

	public Optional<Statutes> find(int version) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM governance_statutes WHERE version = ?").param(version).query(this::map).optional();
	}

	private Statutes map(ResultSet rs, int row) throws SQLException {
		return new Statutes(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)), json.readValue(rs.getString(3), StatutesFile.class).toDocument());
	}
}
