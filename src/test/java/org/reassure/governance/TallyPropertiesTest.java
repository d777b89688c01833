package org.reassure.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.reassure.shared.NationCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties every tally keeps, whatever the rule, electorate, weights and ballots: the order of
 * the ballots does not matter, more support never turns a pass into a fail, and nothing is
 * decided before the deadline.
 */
class TallyPropertiesTest {

	private static final Instant DEADLINE = Fixtures.DEADLINE;

	/** A generated vote: a rule, an electorate of 1 to 60 with weights, and ballots the rule accepts. */
	record Vote(DecisionRule rule, Electorate electorate, WeightTable weights, List<Ballot> ballots) {

		Tally tally(List<Ballot> ballots, Instant now) {
			return Tally.of(rule, electorate, weights, ballots, DEADLINE, now);
		}

		/** The ballots after one more member gives its support: yes, opt in, or for the silence procedure an objection withdrawn. */
		List<Ballot> withSupportFrom(NationCode nation) {
			List<Ballot> others = new ArrayList<>(ballots.stream().filter(b -> !b.nation().equals(nation)).toList());
			if (rule.accepts(BallotChoice.YES)) {
				others.add(Ballot.of(nation, BallotChoice.YES));
			}
			else if (rule.accepts(BallotChoice.OPT_IN)) {
				others.add(Ballot.of(nation, BallotChoice.OPT_IN));
			}
			return others;
		}
	}

	@Property
	void theOrderOfBallotsDoesNotMatter(@ForAll("votes") Vote vote, @ForAll long seed, @ForAll boolean closed) {
		List<Ballot> shuffled = new ArrayList<>(vote.ballots());
		Collections.shuffle(shuffled, new Random(seed));
		Instant now = closed ? DEADLINE : DEADLINE.minusSeconds(60);

		assertThat(vote.tally(shuffled, now)).isEqualTo(vote.tally(vote.ballots(), now));
	}

	@Property
	void moreSupportNeverTurnsAPassIntoAFail(@ForAll("votes") Vote vote, @ForAll("indexes") int pick) {
		NationCode supporter = vote.electorate().nations().get(pick % vote.electorate().size());
		Tally before = vote.tally(vote.ballots(), DEADLINE);
		Tally after = vote.tally(vote.withSupportFrom(supporter), DEADLINE);

		if (before.outcome() == Outcome.PASSED) {
			assertThat(after.outcome()).as(after.explanation().en()).isEqualTo(Outcome.PASSED);
		}
	}

	@Property
	void nothingIsDecidedBeforeTheDeadline(@ForAll("votes") Vote vote, @ForAll("secondsBefore") long secondsBefore) {
		Tally open = vote.tally(vote.ballots(), DEADLINE.minusSeconds(secondsBefore));
		Tally closed = vote.tally(vote.ballots(), DEADLINE.plusSeconds(secondsBefore));

		assertThat(open.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(closed.outcome()).isNotEqualTo(Outcome.PENDING).isEqualTo(open.provisional());
	}

	@Property
	void aQualifiedMajorityPassesExactlyWhenBothSharesAreReached(@ForAll("qualifiedMajorityVotes") Vote vote) {
		DecisionRule.QualifiedMajority rule = (DecisionRule.QualifiedMajority) vote.rule();
		Tally tally = vote.tally(vote.ballots(), DEADLINE);
		double yesMembers = (double) tally.count().members(BallotChoice.YES) / vote.electorate().size();
		double yesWeight = (double) tally.count().weight(BallotChoice.YES) / tally.count().totalWeight();
		double members = (double) rule.members().numerator() / rule.members().denominator();
		double weight = (double) rule.weight().numerator() / rule.weight().denominator();
		// Doubles settle every case but those within rounding of a threshold, which the exact examples cover.
		if (Math.abs(yesMembers - members) > 1e-9 && Math.abs(yesWeight - weight) > 1e-9) {
			assertThat(tally.outcome() == Outcome.PASSED).isEqualTo(yesMembers > members && yesWeight > weight);
		}
	}

	@Provide
	Arbitrary<Vote> votes() {
		return Arbitraries.oneOf(rules()).flatMap(this::votesUnder);
	}

	@Provide
	Arbitrary<Vote> qualifiedMajorityVotes() {
		return qualifiedMajorities().flatMap(this::votesUnder);
	}

	@Provide
	Arbitrary<Integer> indexes() {
		return Arbitraries.integers().between(0, 59);
	}

	@Provide
	Arbitrary<Long> secondsBefore() {
		return Arbitraries.longs().between(1, 90L * 86_400);
	}

	private List<Arbitrary<? extends DecisionRule>> rules() {
		return List.of(Arbitraries.just(new DecisionRule.SilenceProcedure()),
				Combinators.combine(shares(), shares()).as(DecisionRule.Unanimity::new), qualifiedMajorities(),
				Arbitraries.integers().between(1, 5).map(DecisionRule.OptIn::new));
	}

	private Arbitrary<DecisionRule.QualifiedMajority> qualifiedMajorities() {
		return Combinators.combine(shares(), shares()).as(DecisionRule.QualifiedMajority::new);
	}

	private static Arbitrary<Share> shares() {
		return Arbitraries.integers().between(1, 10_000).map(hundredths -> new Share(hundredths, 10_000));
	}

	private Arbitrary<Vote> votesUnder(DecisionRule rule) {
		List<BallotChoice> accepted = List.copyOf(rule.choices());
		return Arbitraries.integers().between(1, 60).flatMap(size -> {
			Electorate electorate = Fixtures.numberedElectorate(size);
			Arbitrary<List<Long>> weights = Arbitraries.longs().between(1, 150_000_000L).list().ofSize(size);
			Arbitrary<List<BallotChoice>> choices = Arbitraries.of(withAbsent(accepted)).list().ofSize(size);
			return Combinators.combine(weights, choices).as((w, c) -> vote(rule, electorate, w, c));
		});
	}

	/** The accepted choices plus null, which stands for "no ballot". */
	private static List<BallotChoice> withAbsent(List<BallotChoice> accepted) {
		List<BallotChoice> options = new ArrayList<>(accepted);
		options.add(null);
		return options;
	}

	private static Vote vote(DecisionRule rule, Electorate electorate, List<Long> weights, List<BallotChoice> choices) {
		Map<NationCode, Long> table = new LinkedHashMap<>();
		List<Ballot> ballots = new ArrayList<>();
		for (int i = 0; i < electorate.size(); i++) {
			NationCode nation = electorate.nations().get(i);
			table.put(nation, weights.get(i));
			if (choices.get(i) != null) {
				ballots.add(Ballot.of(nation, choices.get(i)));
			}
		}
		return new Vote(rule, electorate, Fixtures.table(table), ballots);
	}
}
