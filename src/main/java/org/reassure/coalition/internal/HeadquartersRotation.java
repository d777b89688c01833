package org.reassure.coalition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.reassure.coalition.Citation;
import org.reassure.coalition.Headquarters;
import org.reassure.shared.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The headquarters seats in rotation order, and the coordination cell.
 */
@Repository
public class HeadquartersRotation {

	private final JdbcClient jdbc;
	private final Citations citations;

	HeadquartersRotation(JdbcClient jdbc, Citations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	public void add(Headquarters hq) {
		try {
			jdbc.sql("INSERT INTO headquarters (id, city, host, valid_from, valid_until, rotation_months, ordinal, note_en, note_fr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(hq.id(), hq.city(), hq.host(), text(hq.from()), text(hq.until()), hq.rotationMonths(), hq.order(), hq.noteEn(), hq.noteFr())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("id", "a headquarters entry with id " + hq.id() + " already exists");
		}
		citations.add(Citations.Owner.HEADQUARTERS, hq.id(), hq.citations());
	}

	public List<Headquarters> all() {
		Map<String, List<Citation>> cited = citations.all(Citations.Owner.HEADQUARTERS);
		return jdbc.sql("SELECT id, city, host, valid_from, valid_until, rotation_months, ordinal, note_en, note_fr FROM headquarters ORDER BY CASE WHEN ordinal IS NULL THEN 1 ELSE 0 END, ordinal, id")
			.query((rs, n) -> new Headquarters(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getString(4)), date(rs.getString(5)),
					nullableInt(rs, 6), nullableInt(rs, 7), rs.getString(8), rs.getString(9),
					cited.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}
}
