package org.reassure.coalition.internal;

import java.util.List;

import org.reassure.coalition.Source;
import org.reassure.coalition.SourceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sources the registry cites.
 */
@Repository
public class Sources {

	private final JdbcClient jdbc;

	Sources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Source s) {
		jdbc.sql("INSERT INTO sources (id, title, publisher, published, language, summary) VALUES (?, ?, ?, ?, ?, ?)")
			.params(s.id().value(), s.title(), s.publisher(), s.published(), s.language(), s.summary())
			.update();
	}

	public boolean exists(SourceId id) {
		return jdbc.sql("SELECT COUNT(*) FROM sources WHERE id = ?").param(id.value()).query(Integer.class).single() > 0;
	}

	public List<Source> all() {
		return jdbc.sql("SELECT id, title, publisher, published, language, summary FROM sources ORDER BY id")
			.query((rs, n) -> new Source(new SourceId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6)))
			.list();
	}
}
