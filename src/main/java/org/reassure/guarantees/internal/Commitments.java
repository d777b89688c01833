package org.reassure.guarantees.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.reassure.guarantees.Commitment;
import org.reassure.guarantees.CommitmentCondition;
import org.reassure.guarantees.CommitmentId;
import org.reassure.guarantees.CommitmentKind;
import org.reassure.guarantees.CommitmentStatus;
import org.reassure.guarantees.CommitmentStatusChanged;
import org.reassure.guarantees.CommitmentTerms;
import org.reassure.guarantees.Measure;
import org.reassure.guarantees.MeasureUnit;
import org.reassure.guarantees.TimeSpan;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * National commitments and the history of their status.
 */
@Repository
public class Commitments {

	private static final String COLUMNS = "id, nation, component, kind, amount, unit, currency, starts_on, ends_on, conditions, description, status, version";

	private final JdbcClient jdbc;

	Commitments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Commitment c, CommitmentStatusChanged recorded) {
		CommitmentTerms t = c.terms();
		Measure m = t.measure();
		jdbc.sql("INSERT INTO commitments (" + COLUMNS + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id().value(), t.nation().value(), t.component(), t.kind().name(), m == null ? null : m.amount().toPlainString(),
					m == null || m.unit() == null ? null : m.unit().name(), m == null || m.currency() == null ? null : m.currency().getCurrencyCode(),
					t.span().start().toString(), t.span().end() == null ? null : t.span().end().toString(),
					t.conditions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), t.description(), c.status().name(), c.version(),
					recorded.at().toEpochMilli())
			.update();
		addHistory(recorded, 0);
	}

	/** Stores the move unless someone else moved the commitment since it was read. */
	public void move(Commitment before, CommitmentStatusChanged change) {
		int updated = jdbc.sql("UPDATE commitments SET status = ?, version = ? WHERE id = ? AND version = ?")
			.params(change.to().name(), before.version() + 1, before.id().value(), before.version())
			.update();
		if (updated != 1) {
			throw new Conflict("status", "commitment " + before.id() + " changed meanwhile; read it again");
		}
		addHistory(change, before.version() + 1);
	}

	public Optional<Commitment> find(CommitmentId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM commitments WHERE id = ?").param(id.value()).query(Commitments::map).optional();
	}

	public List<Commitment> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM commitments ORDER BY nation, component, starts_on, id").query(Commitments::map).list();
	}

	public List<Commitment> of(NationCode nation) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM commitments WHERE nation = ? ORDER BY component, starts_on, id")
			.param(nation.value())
			.query(Commitments::map)
			.list();
	}

	/** Nations with a commitment under a component that is not withdrawn. */
	public List<NationCode> nationsCommittedTo(String component) {
		return jdbc.sql("SELECT DISTINCT nation FROM commitments WHERE component = ? AND status <> ? ORDER BY nation")
			.params(component, CommitmentStatus.WITHDRAWN.name())
			.query((rs, n) -> new NationCode(rs.getString(1)))
			.list();
	}

	public List<CommitmentStatusChanged> history(Commitment c) {
		return jdbc.sql("SELECT from_status, to_status, actor_user, changed_at, note FROM commitment_history WHERE commitment_id = ? ORDER BY seq")
			.param(c.id().value())
			.query((rs, n) -> new CommitmentStatusChanged(c.id(), c.terms().nation(), c.terms().component(),
					rs.getString(1) == null ? null : CommitmentStatus.valueOf(rs.getString(1)), CommitmentStatus.valueOf(rs.getString(2)),
					rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5)))
			.list();
	}

	private void addHistory(CommitmentStatusChanged change, long seq) {
		jdbc.sql("INSERT INTO commitment_history (commitment_id, seq, from_status, to_status, actor_user, changed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(change.commitment().value(), seq, change.from() == null ? null : change.from().name(), change.to().name(), change.by(),
					change.at().toEpochMilli(), change.note())
			.update();
	}

	private static Commitment map(ResultSet rs, int row) throws SQLException {
		String amount = rs.getString(5);
		Measure measure = amount == null ? null
				: rs.getString(6) != null ? Measure.counted(new BigDecimal(amount), MeasureUnit.valueOf(rs.getString(6)))
						: Measure.money(new BigDecimal(amount), rs.getString(7));
		String ends = rs.getString(9);
		CommitmentTerms terms = new CommitmentTerms(new NationCode(rs.getString(2)), rs.getString(3), CommitmentKind.valueOf(rs.getString(4)), measure,
				new TimeSpan(LocalDate.parse(rs.getString(8)), ends == null ? null : LocalDate.parse(ends)), conditions(rs.getString(10)),
				rs.getString(11));
		return new Commitment(new CommitmentId(rs.getString(1)), terms, CommitmentStatus.valueOf(rs.getString(12)), rs.getLong(13));
	}

	private static Set<CommitmentCondition> conditions(String csv) {
		if (csv == null || csv.isEmpty()) {
			return Set.of();
		}
		Set<CommitmentCondition> conditions = EnumSet.noneOf(CommitmentCondition.class);
		Arrays.stream(csv.split(",")).map(CommitmentCondition::valueOf).forEach(conditions::add);
		return conditions;
	}
}
