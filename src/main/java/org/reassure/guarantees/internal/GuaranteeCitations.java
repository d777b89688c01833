package org.reassure.guarantees.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reassure.coalition.Citation;
import org.reassure.coalition.SourceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Citations of the guarantee system's sourced facts, keyed by the kind and id of what they support.
 */
@Repository
public class GuaranteeCitations {

	public enum Owner {
		DECLARATION, DECLARATION_COMPONENT, SIGNATORY, ROUTE, STEP, PLAN, PLAN_REPORT
	}

	private final JdbcClient jdbc;

	GuaranteeCitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Owner owner, String ownerId, List<Citation> citations) {
		for (int i = 0; i < citations.size(); i++) {
			Citation c = citations.get(i);
			jdbc.sql("INSERT INTO guarantee_citations (owner_kind, owner_id, ordinal, source_id, quote, description) VALUES (?, ?, ?, ?, ?, ?)")
				.params(owner.name(), ownerId, i, c.source().value(), c.quote(), c.description())
				.update();
		}
	}

	public void replace(Owner owner, String ownerId, List<Citation> citations) {
		jdbc.sql("DELETE FROM guarantee_citations WHERE owner_kind = ? AND owner_id = ?").params(owner.name(), ownerId).update();
		add(owner, ownerId, citations);
	}

	public Map<String, List<Citation>> all(Owner owner) {
		Map<String, List<Citation>> byOwner = new HashMap<>();
		jdbc.sql("SELECT owner_id, source_id, quote, description FROM guarantee_citations WHERE owner_kind = ? ORDER BY owner_id, ordinal")
			.param(owner.name())
			.query(rs -> {
				byOwner.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Citation(new SourceId(rs.getString(2)), rs.getString(3), rs.getString(4)));
			});
		return byOwner;
	}

	public static String key(String... parts) {
		return String.join("/", parts);
	}
}
