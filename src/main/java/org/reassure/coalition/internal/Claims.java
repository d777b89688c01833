package org.reassure.coalition.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reassure.coalition.Citation;
import org.reassure.coalition.Claim;
import org.reassure.coalition.ClaimId;
import org.reassure.coalition.Confidence;
import org.reassure.coalition.Predicate;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sourced claims, with their citations.
 */
@Repository
public class Claims {

	private final JdbcClient jdbc;
	private final Citations citations;

	Claims(JdbcClient jdbc, Citations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	public void add(Claim claim, Actor recordedBy, long recordedAt) {
		try {
			jdbc.sql("INSERT INTO claims (id, subject, predicate, claim_value, confidence, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(claim.id().value(), claim.subject(), claim.predicate().name(), claim.value(), claim.confidence().name(), recordedAt,
						recordedBy.user())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("id", "a claim with id " + claim.id() + " already exists");
		}
		citations.add(Citations.Owner.CLAIM, claim.id().value(), claim.citations());
	}

	public List<Claim> all() {
		Map<String, List<Citation>> cited = citations.all(Citations.Owner.CLAIM);
		return jdbc.sql("SELECT id, subject, predicate, claim_value, confidence FROM claims ORDER BY subject, predicate, id")
			.query((rs, n) -> new Claim(new ClaimId(rs.getString(1)), rs.getString(2), Predicate.valueOf(rs.getString(3)), rs.getString(4),
					Confidence.valueOf(rs.getString(5)), cited.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	public Optional<Claim> find(ClaimId id) {
		return jdbc.sql("SELECT id, subject, predicate, claim_value, confidence FROM claims WHERE id = ?")
			.param(id.value())
			.query((rs, n) -> new Claim(id, rs.getString(2), Predicate.valueOf(rs.getString(3)), rs.getString(4),
					Confidence.valueOf(rs.getString(5)), citations.of(Citations.Owner.CLAIM, id.value())))
			.optional();
	}
}
