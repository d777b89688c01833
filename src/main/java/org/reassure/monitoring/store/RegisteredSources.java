package org.reassure.monitoring.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.reassure.monitoring.MonitoringSource;
import org.reassure.monitoring.SourceType;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monitoring sources and the SHA-256 of their tokens.
 */
@Repository
public class RegisteredSources {

	private static final String COLUMNS = "id, name, source_type, certificate_sha256, registered_at, revoked";

	private final JdbcClient jdbc;

	RegisteredSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(MonitoringSource source, String tokenHash, Actor registeredBy) {
		try {
			jdbc.sql("INSERT INTO monitoring_sources (" + COLUMNS + ", token_hash, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(source.id(), source.name(), source.sourceType().name(), source.certificateSha256(), source.registeredAt().toEpochMilli(), false,
						tokenHash, registeredBy.user())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("id",
					"a source with id " + source.id() + (source.certificateSha256() == null ? "" : " or this certificate") + " is already registered");
		}
	}

	public List<MonitoringSource> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_sources ORDER BY id").query(RegisteredSources::map).list();
	}

	public Optional<MonitoringSource> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_sources WHERE id = ?").param(id).query(RegisteredSources::map).optional();
	}

	public Optional<MonitoringSource> byTokenHash(String tokenHash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_sources WHERE token_hash = ? AND revoked = ?")
			.params(tokenHash, false)
			.query(RegisteredSources::map)
			.optional();
	}

	public Optional<MonitoringSource> byCertificate(String sha256) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_sources WHERE certificate_sha256 = ? AND revoked = ?")
			.params(sha256, false)
			.query(RegisteredSources::map)
			.optional();
	}

	public boolean revoke(String id) {
		return jdbc.sql("UPDATE monitoring_sources SET revoked = ? WHERE id = ? AND revoked = ?").params(true, id, false).update() == 1;
	}

	private static MonitoringSource map(ResultSet rs, int row) throws SQLException {
		return new MonitoringSource(rs.getString(1), rs.getString(2), SourceType.valueOf(rs.getString(3)), rs.getString(4),
				Instant.ofEpochMilli(rs.getLong(5)), rs.getBoolean(6));
	}
}
