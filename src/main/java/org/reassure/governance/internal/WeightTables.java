package org.reassure.governance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reassure.coalition.Citation;
import org.reassure.coalition.SourceId;
import org.reassure.governance.WeightBasis;
import org.reassure.governance.WeightTable;
import org.reassure.governance.WeightTableDraft;
import org.reassure.shared.Actor;
import org.reassure.shared.NationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of the weight table, one row per version and one per weight.
 */
@Repository
public class WeightTables {

	private static final String COLUMNS = "version, loaded_at, basis, title, source_id, quote, description";

	private final JdbcClient jdbc;

	WeightTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String digest(WeightTableDraft draft) {
		Citation source = draft.source();
		return Digest.sha256(String.join("\n", draft.basis().name(), draft.title(), source.source().value(), String.valueOf(source.quote()),
				String.valueOf(source.description()), draft.byCode().toString()));
	}

	public Optional<WeightTable> withDigest(String digest) {
		return jdbc.sql("SELECT version FROM governance_weight_tables WHERE digest = ?").param(digest).query(Integer.class).optional().flatMap(this::find);
	}

	public WeightTable add(WeightTableDraft draft, String digest, Actor loadedBy, Instant at) {
		int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM governance_weight_tables").query(Integer.class).single();
		Citation source = draft.source();
		jdbc.sql("INSERT INTO governance_weight_tables (version, digest, basis, title, source_id, quote, description, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(version, digest, draft.basis().name(), draft.title(), source.source().value(), source.quote(), source.description(), at.toEpochMilli(),
					loadedBy.user())
			.update();
		draft.byCode().forEach((nation, weight) -> jdbc.sql("INSERT INTO governance_weights (table_version, nation, weight) VALUES (?, ?, ?)")
			.params(version, nation, weight)
			.update());
		return WeightTable.of(version, at, draft);
	}

	public Optional<Integer> latestVersion() {
		return jdbc.sql("SELECT version FROM governance_weight_tables ORDER BY version DESC LIMIT 1").query(Integer.class).optional();
	}

	public Optional<WeightTable> find(int version) {
		Map<NationCode, Long> weights = jdbc.sql("SELECT nation, weight FROM governance_weights WHERE table_version = ?")
			.param(version)
			.query((rs, n) -> Map.entry(new NationCode(rs.getString(1)), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return jdbc.sql("SELECT " + COLUMNS + " FROM governance_weight_tables WHERE version = ?")
			.param(version)
			.query((rs, n) -> new WeightTable(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)), WeightBasis.valueOf(rs.getString(3)), rs.getString(4),
					new Citation(new SourceId(rs.getString(5)), rs.getString(6), rs.getString(7)), weights))
			.optional();
	}

	public List<WeightTable> all() {
		return jdbc.sql("SELECT version FROM governance_weight_tables ORDER BY version")
			.query(Integer.class)
			.list()
			.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.toList();
	}
}
