package org.reassure.coalition.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's revision counter: every write bumps it in its own transaction, so a reader can
 * tell with one indexed read whether what it derived earlier is still current.
 */
@Repository
public class Revisions {

	private final JdbcClient jdbc;

	Revisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return jdbc.sql("SELECT revision FROM coalition_revision WHERE id = 1").query(Long.class).single();
	}

	public void bump() {
		jdbc.sql("UPDATE coalition_revision SET revision = revision + 1 WHERE id = 1").update();
	}
}
