package org.reassure.guarantees.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reassure.coalition.Citation;
import org.reassure.guarantees.Declaration;
import org.reassure.guarantees.internal.GuaranteeCitations.Owner;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Declarations with the components they cover and their signatories, each with citations.
 */
@Repository
public class Declarations {

	private final JdbcClient jdbc;
	private final GuaranteeCitations citations;

	Declarations(JdbcClient jdbc, GuaranteeCitations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	public boolean exists(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM declarations WHERE id = ?").param(id).query(Integer.class).single() > 0;
	}

	public void add(Declaration d, String recordedBy, long recordedAt) {
		if (exists(d.id())) {
			throw duplicate(d);
		}
		try {
			jdbc.sql("""
					INSERT INTO declarations (id, declared_on, place, title_en, title_fr, summary_en, summary_fr, signatories_note_en,
					signatories_note_fr, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(d.id(), d.date().toString(), d.place(), d.titleEn(), d.titleFr(), d.summaryEn(), d.summaryFr(), d.signatoriesNoteEn(),
						d.signatoriesNoteFr(), recordedAt, recordedBy)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw duplicate(d);
		}
		citations.add(Owner.DECLARATION, d.id(), d.citations());
		for (int i = 0; i < d.components().size(); i++) {
			Declaration.CoveredComponent c = d.components().get(i);
			jdbc.sql("INSERT INTO declaration_components (declaration_id, ordinal, component) VALUES (?, ?, ?)").params(d.id(), i, c.code()).update();
			citations.add(Owner.DECLARATION_COMPONENT, GuaranteeCitations.key(d.id(), c.code()), c.citations());
		}
		for (int i = 0; i < d.signatories().size(); i++) {
			Declaration.Signatory s = d.signatories().get(i);
			jdbc.sql("INSERT INTO declaration_signatories (declaration_id, ordinal, nation, signed_on) VALUES (?, ?, ?, ?)")
				.params(d.id(), i, s.nation().value(), s.signedOn() == null ? null : s.signedOn().toString())
				.update();
			citations.add(Owner.SIGNATORY, GuaranteeCitations.key(d.id(), s.nation().value()), s.citations());
		}
	}

	public List<Declaration> all() {
		Map<String, List<Citation>> cited = citations.all(Owner.DECLARATION);
		Map<String, List<Citation>> componentCitations = citations.all(Owner.DECLARATION_COMPONENT);
		Map<String, List<Citation>> signatoryCitations = citations.all(Owner.SIGNATORY);
		Map<String, List<Declaration.CoveredComponent>> components = new HashMap<>();
		jdbc.sql("SELECT declaration_id, component FROM declaration_components ORDER BY declaration_id, ordinal").query(rs -> {
			String key = GuaranteeCitations.key(rs.getString(1), rs.getString(2));
			components.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new Declaration.CoveredComponent(rs.getString(2), componentCitations.getOrDefault(key, List.of())));
		});
		Map<String, List<Declaration.Signatory>> signatories = new HashMap<>();
		jdbc.sql("SELECT declaration_id, nation, signed_on FROM declaration_signatories ORDER BY declaration_id, ordinal").query(rs -> {
			String key = GuaranteeCitations.key(rs.getString(1), rs.getString(2));
			signatories.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new Declaration.Signatory(new NationCode(rs.getString(2)), date(rs.getString(3)), signatoryCitations.getOrDefault(key, List.of())));
		});
		return jdbc.sql("""
				SELECT id, declared_on, place, title_en, title_fr, summary_en, summary_fr, signatories_note_en, signatories_note_fr
				FROM declarations ORDER BY declared_on, id""")
			.query((rs, n) -> new Declaration(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), components.getOrDefault(rs.getString(1), List.of()),
					signatories.getOrDefault(rs.getString(1), List.of()), rs.getString(8), rs.getString(9), cited.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	private static Conflict duplicate(Declaration d) {
		return new Conflict("id", "a declaration with id " + d.id() + " already exists");
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}
}
