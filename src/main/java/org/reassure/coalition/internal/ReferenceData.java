package org.reassure.coalition.internal;

import java.util.List;
import java.util.Map;

import org.reassure.coalition.Citation;
import org.reassure.coalition.ReferenceItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Founding commitments, force objectives and guarantee components.
 */
@Repository
public class ReferenceData {

	private final JdbcClient jdbc;
	private final Citations citations;

	ReferenceData(JdbcClient jdbc, Citations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	public void add(ReferenceItem item) {
		jdbc.sql("INSERT INTO reference_items (category, code, ordinal, name_en, name_fr, description_en, description_fr) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(item.category().name(), item.code(), item.number(), item.nameEn(), item.nameFr(), item.descriptionEn(), item.descriptionFr())
			.update();
		citations.add(Citations.Owner.REFERENCE, key(item.category(), item.code()), item.citations());
	}

	public List<ReferenceItem> all() {
		Map<String, List<Citation>> cited = citations.all(Citations.Owner.REFERENCE);
		return jdbc.sql("SELECT category, code, ordinal, name_en, name_fr, description_en, description_fr FROM reference_items ORDER BY category, ordinal, code")
			.query((rs, n) -> {
				ReferenceItem.Category category = ReferenceItem.Category.valueOf(rs.getString(1));
				return new ReferenceItem(category, rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						cited.getOrDefault(key(category, rs.getString(2)), List.of()));
			})
			.list();
	}

	private static String key(ReferenceItem.Category category, String code) {
		return category.name() + ":" + code;
	}
}
