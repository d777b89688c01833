package org.reassure.coalition.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reassure.coalition.Citation;
import org.reassure.coalition.SourceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Citations of every sourced fact, keyed by the kind and id of what they support.
 */
@Repository
public class Citations {

	public enum Owner {
		CLAIM, MEETING, HEADQUARTERS, REFERENCE
	}

	private final JdbcClient jdbc;

	Citations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Owner owner, String ownerId, List<Citation> citations) {
		for (int i = 0; i < citations.size(); i++) {
			Citation c = citations.get(i);
			jdbc.sql("INSERT INTO citations (owner_kind, owner_id, ordinal, source_id, quote, description) VALUES (?, ?, ?, ?, ?, ?)")
				.params(owner.name(), ownerId, i, c.source().value(), c.quote(), c.description())
				.update();
		}
	}

	public Map<String, List<Citation>> all(Owner owner) {
		Map<String, List<Citation>> byOwner = new HashMap<>();
		jdbc.sql("SELECT owner_id, source_id, quote, description FROM citations WHERE owner_kind = ? ORDER BY owner_id, ordinal")
			.param(owner.name())
			.query(rs -> {
				byOwner.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Citation(new SourceId(rs.getString(2)), rs.getString(3), rs.getString(4)));
			});
		return byOwner;
	}

	public List<Citation> of(Owner owner, String ownerId) {
		return jdbc.sql("SELECT source_id, quote, description FROM citations WHERE owner_kind = ? AND owner_id = ? ORDER BY ordinal")
			.params(owner.name(), ownerId)
			.query((rs, n) -> new Citation(new SourceId(rs.getString(1)), rs.getString(2), rs.getString(3)))
			.list();
	}
}
