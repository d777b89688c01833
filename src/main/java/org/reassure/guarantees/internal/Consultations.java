package org.reassure.guarantees.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.reassure.guarantees.Consultation;
import org.reassure.guarantees.ConsultationResponse;
import org.reassure.guarantees.ResponsePosition;
import org.reassure.shared.NationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consultations opened by attack determinations, the nations they wait for and their answers.
 */
@Repository
public class Consultations {

	private final JdbcClient jdbc;

	Consultations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Consultation c) {
		jdbc.sql("INSERT INTO consultations (id, opened_at, deadline) VALUES (?, ?, ?)")
			.params(c.id(), c.openedAt().toEpochMilli(), c.deadline().toEpochMilli())
			.update();
		c.nations().forEach(n -> jdbc.sql("INSERT INTO consultation_nations (consultation_id, nation) VALUES (?, ?)").params(c.id(), n.value()).update());
	}

	/** The answer of a nation, replacing the one it gave before, if any. */
	public void answer(ConsultationResponse r) {
		jdbc.sql("DELETE FROM consultation_responses WHERE consultation_id = ? AND nation = ?").params(r.consultation(), r.nation().value()).update();
		jdbc.sql("INSERT INTO consultation_responses (consultation_id, nation, answer, statement, responded_by, responded_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(r.consultation(), r.nation().value(), r.position().name(), r.statement(), r.by(), r.at().toEpochMilli())
			.update();
	}

	public Optional<Consultation> latest() {
		return jdbc.sql("SELECT id, opened_at, deadline FROM consultations ORDER BY id DESC LIMIT 1")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.optional()
			.map(row -> new Consultation(row[0], Instant.ofEpochMilli(row[1]), Instant.ofEpochMilli(row[2]), nations(row[0]), responses(row[0])));
	}

	private List<NationCode> nations(long id) {
		return jdbc.sql("SELECT nation FROM consultation_nations WHERE consultation_id = ? ORDER BY nation")
			.param(id)
			.query((rs, n) -> new NationCode(rs.getString(1)))
			.list();
	}

	private List<ConsultationResponse> responses(long id) {
		return jdbc.sql("SELECT nation, answer, statement, responded_by, responded_at FROM consultation_responses WHERE consultation_id = ? ORDER BY nation")
			.param(id)
			.query((rs, n) -> new ConsultationResponse(id, new NationCode(rs.getString(1)), ResponsePosition.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))))
			.list();
	}
}
