package org.reassure.guarantees.internal;

import java.time.Instant;
import java.util.List;

import org.reassure.guarantees.ActivationChanged;
import org.reassure.guarantees.ActivationState;
import org.reassure.guarantees.GuaranteeSystem;
import org.reassure.guarantees.Transition;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The activation state of the guarantee system and every change it went through.
 */
@Repository
public class ActivationRecords {

	private final JdbcClient jdbc;

	ActivationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public GuaranteeSystem current() {
		return jdbc.sql("SELECT state, version, since FROM activation WHERE id = 1")
			.query((rs, n) -> {
				long since = rs.getLong(3);
				return new GuaranteeSystem(ActivationState.valueOf(rs.getString(1)), rs.getLong(2), rs.wasNull() ? null : Instant.ofEpochMilli(since));
			})
			.single();
	}

	/** Stores the change unless another one was stored since the state was read. */
	public void apply(GuaranteeSystem before, ActivationChanged change) {
		int updated = jdbc.sql("UPDATE activation SET state = ?, version = ?, since = ? WHERE id = 1 AND version = ?")
			.params(change.to().name(), change.sequence(), change.at().toEpochMilli(), before.version())
			.update();
		if (updated != 1) {
			throw new Conflict("state", "the guarantee system changed state meanwhile; read it again");
		}
		jdbc.sql("""
				INSERT INTO activation_history (seq, transition, from_state, to_state, reason, actor_user, actor_nation, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(change.sequence(), change.transition().name(), change.from().name(), change.to().name(), change.reason(), change.by(),
					change.byNation() == null ? null : change.byNation().value(), change.at().toEpochMilli())
			.update();
	}

	/** Newest first. */
	public List<ActivationChanged> history() {
		return jdbc.sql("SELECT seq, transition, from_state, to_state, reason, actor_user, actor_nation, changed_at FROM activation_history ORDER BY seq DESC")
			.query((rs, n) -> new ActivationChanged(rs.getLong(1), Transition.valueOf(rs.getString(2)), ActivationState.valueOf(rs.getString(3)),
					ActivationState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
					rs.getString(7) == null ? null : new NationCode(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8))))
			.list();
	}
}
