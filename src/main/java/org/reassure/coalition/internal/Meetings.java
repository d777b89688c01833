package org.reassure.coalition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reassure.coalition.Citation;
import org.reassure.coalition.Guest;
import org.reassure.coalition.Meeting;
import org.reassure.coalition.MeetingFormat;
import org.reassure.coalition.MeetingLevel;
import org.reassure.shared.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coalition's meetings, in date order (vaguely dated ones last).
 */
@Repository
public class Meetings {

	private static final String COLUMNS = "id, meeting_date, date_text, place, format, level, kind, convenors, attendees, guests, outcome_en, outcome_fr";
	private static final TypeReference<List<Guest>> GUESTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final Citations citations;
	private final JsonMapper json;

	Meetings(JdbcClient jdbc, Citations citations, JsonMapper json) {
		this.jdbc = jdbc;
		this.citations = citations;
		this.json = json;
	}

	public void add(Meeting m) {
		try {
			jdbc.sql("INSERT INTO meetings (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(m.id(), m.date() == null ? null : m.date().toString(), m.dateText(), m.place(), m.format().name(), m.level() == null ? null : m.level().name(), m.kind(),
						String.join(",", m.convenors()), String.join(",", m.attendees()), json.writeValueAsString(m.guests()), m.outcomeEn(),
						m.outcomeFr())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("id", "a meeting with id " + m.id() + " already exists");
		}
		citations.add(Citations.Owner.MEETING, m.id(), m.citations());
	}

	public List<Meeting> all() {
		Map<String, List<Citation>> cited = citations.all(Citations.Owner.MEETING);
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings ORDER BY CASE WHEN meeting_date IS NULL THEN 1 ELSE 0 END, meeting_date, id")
			.query((rs, n) -> map(rs, cited.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	public Optional<Meeting> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings WHERE id = ?")
			.param(id)
			.query((rs, n) -> map(rs, citations.of(Citations.Owner.MEETING, id)))
			.optional();
	}

	private Meeting map(ResultSet rs, List<Citation> cited) throws SQLException {
		String date = rs.getString(2);
		return new Meeting(rs.getString(1), date == null ? null : LocalDate.parse(date), rs.getString(3), rs.getString(4),
				MeetingFormat.valueOf(rs.getString(5)), rs.getString(6) == null ? null : MeetingLevel.valueOf(rs.getString(6)), rs.getString(7), split(rs.getString(8)),
				split(rs.getString(9)), json.readValue(rs.getString(10), GUESTS), rs.getString(11), rs.getString(12), cited);
	}

	private static List<String> split(String csv) {
		return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
	}
}
