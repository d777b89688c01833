package org.reassure.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reassure.governance.Ballot;
import org.reassure.governance.BallotChoice;
import org.reassure.governance.DecisionRule;
import org.reassure.governance.Electorate;
import org.reassure.governance.Outcome;
import org.reassure.governance.Proposal;
import org.reassure.governance.ProposalId;
import org.reassure.governance.Share;
import org.reassure.governance.WeightTable;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Proposals with their options, electorate and ballots in force.
 */
@Repository
public class Proposals {

	private static final String COLUMNS = "id, title, body, component, deadline, rule_kind, rule_members, rule_weight, rule_minimum, weight_table, "
			+ "statutes_version, opened_at, opened_by, outcome, decided_at";

	private final JdbcClient jdbc;
	private final WeightTables weightTables;

	Proposals(JdbcClient jdbc, WeightTables weightTables) {
		this.jdbc = jdbc;
		this.weightTables = weightTables;
	}

	public void add(Proposal p) {
		DecisionRule rule = p.rule();
		jdbc.sql("INSERT INTO governance_proposals (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)")
			.params(p.id().value(), p.title(), p.text(), p.component(), p.deadline().toEpochMilli(), rule.kind().name(), membersShare(rule), weightShare(rule),
					rule instanceof DecisionRule.OptIn optIn ? optIn.minimum() : null, p.weights() == null ? null : p.weights().version(), p.statutesVersion(),
					p.openedAt().toEpochMilli(), p.openedBy())
			.update();
		for (int i = 0; i < p.options().size(); i++) {
			jdbc.sql("INSERT INTO governance_proposal_options (proposal_id, ordinal, label) VALUES (?, ?, ?)").params(p.id().value(), i, p.options().get(i)).update();
		}
		List<NationCode> electorate = p.electorate().nations();
		for (int i = 0; i < electorate.size(); i++) {
			jdbc.sql("INSERT INTO governance_electors (proposal_id, nation, ordinal) VALUES (?, ?, ?)").params(p.id().value(), electorate.get(i).value(), i).update();
		}
	}

	public Optional<Proposal> find(ProposalId id) {
		List<String> options = options(id);
		List<NationCode> electorate = electorate(id);
		List<Ballot> ballots = ballots(id);
		Map<Integer, WeightTable> tables = weightTables("SELECT weight_table FROM governance_proposals WHERE id = ? AND weight_table IS NOT NULL", id.value());
		return jdbc.sql("SELECT " + COLUMNS + " FROM governance_proposals WHERE id = ?")
			.param(id.value())
			.query((rs, n) -> restore(rs, options, new Electorate(electorate), ballots, tables))
			.optional();
	}

	/** Every proposal, the most recently opened first. */
	public List<Proposal> all() {
		Map<String, List<String>> options = jdbc.sql("SELECT proposal_id, label FROM governance_proposal_options ORDER BY proposal_id, ordinal")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<String, List<NationCode>> electorates = jdbc.sql("SELECT proposal_id, nation FROM governance_electors ORDER BY proposal_id, ordinal")
			.query((rs, n) -> Map.entry(rs.getString(1), new NationCode(rs.getString(2))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<String, List<Ballot>> ballots = jdbc.sql("SELECT proposal_id, nation, choice, cast_by, cast_at, changed_at FROM governance_ballots")
			.query((rs, n) -> Map.entry(rs.getString(1), ballot(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Integer, WeightTable> tables = weightTables("SELECT DISTINCT weight_table FROM governance_proposals WHERE weight_table IS NOT NULL");
		return jdbc.sql("SELECT " + COLUMNS + " FROM governance_proposals ORDER BY opened_at DESC, id")
			.query((rs, n) -> restore(rs, options.getOrDefault(rs.getString(1), List.of()), new Electorate(electorates.get(rs.getString(1))),
					ballots.getOrDefault(rs.getString(1), List.of()), tables))
			.list();
	}

	/** Open proposals whose deadline has passed. */
	public List<ProposalId> due(Instant now) {
		return jdbc.sql("SELECT id FROM governance_proposals WHERE outcome IS NULL AND deadline <= ? ORDER BY deadline")
			.param(now.toEpochMilli())
			.query((rs, n) -> new ProposalId(rs.getString(1)))
			.list();
	}

	public void addBallot(ProposalId proposal, Ballot ballot) {
		try {
			jdbc.sql("INSERT INTO governance_ballots (proposal_id, nation, choice, cast_by, cast_at, changed_at) VALUES (?, ?, ?, ?, ?, NULL)")
				.params(proposal.value(), ballot.nation().value(), ballot.choice().name(), ballot.castBy(), ballot.castAt().toEpochMilli())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("nation", ballot.nation() + " has already voted on this proposal; change its ballot instead (PUT)");
		}
	}

	public void changeBallot(ProposalId proposal, Ballot ballot) {
		jdbc.sql("UPDATE governance_ballots SET choice = ?, changed_at = ? WHERE proposal_id = ? AND nation = ?")
			.params(ballot.choice().name(), ballot.changedAt().toEpochMilli(), proposal.value(), ballot.nation().value())
			.update();
	}

	public void removeBallot(ProposalId proposal, NationCode nation) {
		jdbc.sql("DELETE FROM governance_ballots WHERE proposal_id = ? AND nation = ?").params(proposal.value(), nation.value()).update();
	}

	/** Records the outcome unless another writer did first; returns whether this call recorded it. */
	public boolean recordDecision(ProposalId proposal, Outcome outcome, Instant at) {
		return jdbc.sql("UPDATE governance_proposals SET outcome = ?, decided_at = ? WHERE id = ? AND outcome IS NULL")
			.params(outcome.name(), at.toEpochMilli(), proposal.value())
			.update() == 1;
	}

	private Proposal restore(ResultSet rs, List<String> options, Electorate electorate, List<Ballot> ballots, Map<Integer, WeightTable> tables)
			throws SQLException {
		int tableVersion = rs.getInt(10);
		WeightTable weights = rs.wasNull() ? null : tables.get(tableVersion);
		String outcome = rs.getString(14);
		long decidedAt = rs.getLong(15);
		return new Proposal(new ProposalId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), options, Instant.ofEpochMilli(rs.getLong(5)),
				rule(rs), electorate, weights, rs.getInt(11), Instant.ofEpochMilli(rs.getLong(12)), rs.getString(13), ballots,
				outcome == null ? null : Outcome.valueOf(outcome), outcome == null ? null : Instant.ofEpochMilli(decidedAt));
	}

	/** The weight tables the proposals selected by {@code versionsQuery} were opened with, loaded before their rows are read. */
	private Map<Integer, WeightTable> weightTables(String versionsQuery, Object... params) {
		Map<Integer, WeightTable> tables = new HashMap<>();
		for (Integer version : jdbc.sql(versionsQuery).params(params).query(Integer.class).list()) {
			tables.put(version, weightTables.find(version).orElseThrow(() -> new IllegalStateException("weight table " + version + " is missing")));
		}
		return tables;
	}

	private static DecisionRule rule(ResultSet rs) throws SQLException {
		return switch (DecisionRule.Kind.valueOf(rs.getString(6))) {
			case SILENCE_PROCEDURE -> new DecisionRule.SilenceProcedure();
			case UNANIMITY -> new DecisionRule.Unanimity(Share.parse(rs.getString(7)), Share.parse(rs.getString(8)));
			case QUALIFIED_MAJORITY -> new DecisionRule.QualifiedMajority(Share.parse(rs.getString(7)), Share.parse(rs.getString(8)));
			case OPT_IN -> new DecisionRule.OptIn(rs.getInt(9));
		};
	}

	private static String membersShare(DecisionRule rule) {
		if (rule instanceof DecisionRule.Unanimity unanimity) {
			return fraction(unanimity.blockingMembers());
		}
		return rule instanceof DecisionRule.QualifiedMajority majority ? fraction(majority.members()) : null;
	}

	private static String weightShare(DecisionRule rule) {
		if (rule instanceof DecisionRule.Unanimity unanimity) {
			return fraction(unanimity.blockingWeight());
		}
		return rule instanceof DecisionRule.QualifiedMajority majority ? fraction(majority.weight()) : null;
	}

	private static String fraction(Share share) {
		return share.numerator() + "/" + share.denominator();
	}

	private List<String> options(ProposalId id) {
		return jdbc.sql("SELECT label FROM governance_proposal_options WHERE proposal_id = ? ORDER BY ordinal").param(id.value()).query(String.class).list();
	}

	private List<NationCode> electorate(ProposalId id) {
		return jdbc.sql("SELECT nation FROM governance_electors WHERE proposal_id = ? ORDER BY ordinal")
			.param(id.value())
			.query((rs, n) -> new NationCode(rs.getString(1)))
			.list();
	}

	private List<Ballot> ballots(ProposalId id) {
		return jdbc.sql("SELECT proposal_id, nation, choice, cast_by, cast_at, changed_at FROM governance_ballots WHERE proposal_id = ? ORDER BY cast_at, nation")
			.param(id.value())
			.query((rs, n) -> ballot(rs))
			.list();
	}

	private static Ballot ballot(ResultSet rs) throws SQLException {
		long changedAt = rs.getLong(6);
		boolean changed = !rs.wasNull();
		return new Ballot(new NationCode(rs.getString(2)), BallotChoice.valueOf(rs.getString(3)), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)),
				changed ? Instant.ofEpochMilli(changedAt) : null);
	}
}
