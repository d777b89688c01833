package org.reassure.coalition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.reassure.coalition.Participant;
import org.reassure.coalition.ParticipantKind;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The states and organisations the registry knows.
 */
@Repository
public class Participants {

	private static final String COLUMNS = "code, iso3, iso_numeric, kind, name_en, name_fr, eu, nato";

	private final JdbcClient jdbc;

	Participants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Participant p) {
		try {
			jdbc.sql("INSERT INTO participants (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(p.code().value(), p.iso3(), p.isoNumeric(), p.kind().name(), p.nameEn(), p.nameFr(), p.eu(), p.nato())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("code", "a participant with code " + p.code() + " or ISO code " + p.iso3() + " already exists");
		}
	}

	public List<Participant> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM participants ORDER BY name_en").query(Participants::map).list();
	}

	public Optional<Participant> find(NationCode code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM participants WHERE code = ?").param(code.value()).query(Participants::map).optional();
	}

	private static Participant map(ResultSet rs, int row) throws SQLException {
		return new Participant(new NationCode(rs.getString(1)), rs.getString(2), rs.getString(3), ParticipantKind.valueOf(rs.getString(4)),
				rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8));
	}
}
