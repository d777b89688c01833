package org.reassure.guarantees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reassure.coalition.Citation;
import org.reassure.guarantees.CommitmentId;
import org.reassure.guarantees.RatificationRoute;
import org.reassure.guarantees.RatificationStep;
import org.reassure.guarantees.internal.GuaranteeCitations.Owner;
import org.reassure.shared.NationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each nation's documented constitutional route and the steps of its ratifications.
 */
@Repository
public class RatificationRoutes {

	/** Chamber names are joined with a character no name contains (a line break). */
	private static final String CHAMBER_SEPARATOR = "\n";

	private final JdbcClient jdbc;
	private final GuaranteeCitations citations;

	RatificationRoutes(JdbcClient jdbc, GuaranteeCitations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	public void save(RatificationRoute route, String recordedBy, long recordedAt) {
		jdbc.sql("DELETE FROM ratification_routes WHERE nation = ?").param(route.nation().value()).update();
		jdbc.sql("INSERT INTO ratification_routes (nation, documented, parliament_vote, chambers, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(route.nation().value(), route.documented(), route.parliamentVote(), String.join(CHAMBER_SEPARATOR, route.chambers()), route.note(),
					recordedAt, recordedBy)
			.update();
		citations.replace(Owner.ROUTE, route.nation().value(), route.citations());
	}

	public Optional<RatificationRoute> find(NationCode nation) {
		return all().stream().filter(r -> r.nation().equals(nation)).findFirst();
	}

	public List<RatificationRoute> all() {
		Map<String, List<Citation>> cited = citations.all(Owner.ROUTE);
		return jdbc.sql("SELECT nation, documented, parliament_vote, chambers, note FROM ratification_routes ORDER BY nation")
			.query((rs, n) -> route(rs, cited.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	public void add(RatificationStep step, String recordedBy, long recordedAt) {
		jdbc.sql("""
				INSERT INTO ratification_steps (id, nation, step_date, kind, chamber, outcome, description, commitment_id, recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(step.id(), step.nation().value(), step.date().toString(), step.kind().name(), step.chamber(), step.outcome().name(), step.description(),
					step.commitment() == null ? null : step.commitment().value(), recordedAt, recordedBy)
			.update();
		citations.add(Owner.STEP, step.id(), step.citations());
	}

	public List<RatificationStep> steps(NationCode nation) {
		Map<String, List<Citation>> cited = citations.all(Owner.STEP);
		return jdbc.sql("SELECT id, nation, step_date, kind, chamber, outcome, description, commitment_id FROM ratification_steps WHERE nation = ? ORDER BY step_date, id")
			.param(nation.value())
			.query((rs, n) -> new RatificationStep(rs.getString(1), new NationCode(rs.getString(2)), LocalDate.parse(rs.getString(3)),
					RatificationStep.Kind.valueOf(rs.getString(4)), rs.getString(5), RatificationStep.Outcome.valueOf(rs.getString(6)), rs.getString(7),
					rs.getString(8) == null ? null : new CommitmentId(rs.getString(8)), cited.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	private static RatificationRoute route(ResultSet rs, List<Citation> cited) throws SQLException {
		boolean vote = rs.getBoolean(3);
		Boolean parliamentVote = rs.wasNull() ? null : vote;
		String chambers = rs.getString(4);
		return new RatificationRoute(new NationCode(rs.getString(1)), rs.getBoolean(2), parliamentVote,
				chambers == null || chambers.isEmpty() ? List.of() : Arrays.asList(chambers.split(CHAMBER_SEPARATOR)), rs.getString(5), cited);
	}
}
