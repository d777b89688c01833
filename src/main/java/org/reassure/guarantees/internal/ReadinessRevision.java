package org.reassure.guarantees.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A counter every write that bears on readiness bumps, so a computed overview can be reused until
 * the data under it changes, also across application instances sharing one database.
 */
@Repository
public class ReadinessRevision {

	private final JdbcClient jdbc;

	ReadinessRevision(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void bump() {
		jdbc.sql("UPDATE guarantees_revision SET revision = revision + 1 WHERE id = 1").update();
	}

	public long current() {
		return jdbc.sql("SELECT revision FROM guarantees_revision WHERE id = 1").query(Long.class).single();
	}
}
