package org.reassure.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reassure.governance.BallotChoice.ABSTAIN;
import static org.reassure.governance.BallotChoice.NO;
import static org.reassure.governance.BallotChoice.OBJECT;
import static org.reassure.governance.BallotChoice.OPT_IN;
import static org.reassure.governance.BallotChoice.YES;
import static org.reassure.governance.Fixtures.AFTER;
import static org.reassure.governance.Fixtures.BEFORE;
import static org.reassure.governance.Fixtures.DEADLINE;
import static org.reassure.governance.Fixtures.ballots;
import static org.reassure.governance.Fixtures.electorate;
import static org.reassure.governance.Fixtures.equalWeights;
import static org.reassure.governance.Fixtures.eu;
import static org.reassure.governance.Fixtures.art31;
import static org.reassure.governance.Fixtures.nation;
import static org.reassure.governance.Fixtures.numbered;
import static org.reassure.governance.Fixtures.numberedElectorate;
import static org.reassure.governance.Fixtures.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reassure.shared.NationCode;

/**
 * Worked examples of each decision rule, with their explanations, and the edge cases: no ballots,
 * everybody abstaining, thresholds met exactly.
 */
class TallyTest {

	private static final Electorate THREE = electorate("FR", "DE", "PL");
	private static final WeightTable POPULATION = weights("FR", 68_402_000, "DE", 83_445_000, "PL", 36_621_000);

	@Nested
	class SilenceProcedure {

		private final DecisionRule silence = new DecisionRule.SilenceProcedure();

		@Test
		void passesWhenNobodyObjectsByTheDeadline() {
			Tally tally = Tally.of(silence, THREE, null, List.of(), DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.PASSED);
			assertThat(tally.explanation().en()).isEqualTo("Passed: no objection among 3 members (silence procedure).");
			assertThat(tally.explanation().fr()).isEqualTo("Adoptée : aucune objection parmi 3 membres (procédure de silence).");
			assertThat(tally.bound()).containsExactly(nation("FR"), nation("DE"), nation("PL"));
		}

		@Test
		void oneObjectionBreaksTheSilence() {
			Tally tally = Tally.of(silence, THREE, null, ballots("PL", OBJECT), DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(tally.explanation().en()).isEqualTo("Failed: the silence was broken by 1 objection (PL).");
			assertThat(tally.explanation().fr()).isEqualTo("Rejetée : le silence a été rompu par 1 objection (PL).");
			assertThat(tally.bound()).isEmpty();
		}

		@Test
		void staysPendingBeforeTheDeadlineEvenWithAnObjection() {
			Tally tally = Tally.of(silence, THREE, null, ballots("PL", OBJECT, "DE", OBJECT), DEADLINE, BEFORE);

			assertThat(tally.outcome()).isEqualTo(Outcome.PENDING);
			assertThat(tally.provisional()).isEqualTo(Outcome.FAILED);
			assertThat(tally.explanation().en())
				.isEqualTo("Pending, would fail if the deadline were now: the silence was broken by 2 objections (DE, PL).");
		}
	}

	@Nested
	class UnanimityWithConstructiveAbstention {

		@Test
		void passesWithYesAndAnAbstentionBelowTheBlockingThird() {
			Electorate four = electorate("FR", "DE", "PL", "NL");
			Tally tally = Tally.of(art31(), four, equalWeights(four), ballots("FR", YES, "DE", YES, "PL", YES, "NL", ABSTAIN), DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.PASSED);
			assertThat(tally.explanation().en()).isEqualTo("Passed: no vote against and 3 yes; abstentions and missing ballots, 1 of 4 members "
					+ "(25.0 % < 33.33 %) representing 25.0 % of the population (< 33.33 %), stay below the blocking minority.");
		}

		@Test
		void oneNoBlocks() {
			Tally tally = Tally.of(art31(), THREE, POPULATION, ballots("FR", YES, "DE", YES, "PL", NO), DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(tally.explanation().en()).isEqualTo("Failed: 1 member voted no (PL); unanimity admits no vote against.");
			assertThat(tally.explanation().fr()).isEqualTo("Rejetée : 1 membre a voté non (PL) ; l'unanimité n'admet aucun vote contre.");
		}

		@Test
		void abstainersReachingAThirdOfMembersAndOfPopulationBlock() {
			Electorate three = electorate("AA", "BB", "CC");
			Tally tally = Tally.of(art31(), three, equalWeights(three), ballots("AA", YES, "BB", YES, "CC", ABSTAIN), DEADLINE, AFTER);

			assertThat(tally.outcome()).as("exactly one third of members and of weight blocks").isEqualTo(Outcome.FAILED);
			assertThat(tally.explanation().en()).isEqualTo("Failed: abstentions and missing ballots reach the blocking minority: 1 of 3 members "
					+ "(33.3 % >= 33.33 %) representing 33.3 % of the population (>= 33.33 %).");
		}

		@Test
		void abstainersWithLittlePopulationDoNotBlock() {
			Tally tally = Tally.of(art31(), THREE, POPULATION, ballots("FR", YES, "DE", YES, "PL", ABSTAIN), DEADLINE, AFTER);

			assertThat(tally.outcome()).as("a third of members but 19.4 %% of the population").isEqualTo(Outcome.PASSED);
			assertThat(tally.explanation().en()).contains("1 of 3 members (33.3 % >= 33.33 %) representing 19.4 % of the population (< 33.33 %)");
		}

		@Test
		void missingBallotsCountWithAbstentions() {
			Tally tally = Tally.of(art31(), THREE, POPULATION, ballots("PL", YES), DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(tally.explanation().en()).contains("2 of 3 members (66.6 % >= 33.33 %) representing 80.5 % of the population");
		}

		@Test
		void failsWithNoBallotsOrOnlyAbstentions() {
			assertThat(Tally.of(art31(), THREE, POPULATION, List.of(), DEADLINE, AFTER).explanation().en())
				.isEqualTo("Failed: nobody voted yes; unanimity needs at least one yes.");
			assertThat(Tally.of(art31(), THREE, POPULATION, ballots("FR", ABSTAIN, "DE", ABSTAIN, "PL", ABSTAIN), DEADLINE, AFTER).outcome())
				.isEqualTo(Outcome.FAILED);
		}
	}

	@Nested
	class QualifiedMajority {

		@Test
		void explainsInWordsAndNumbers() {
			Electorate members = numberedElectorate(28);
			Map<NationCode, Long> weights = new LinkedHashMap<>();
			List<Ballot> ballots = new ArrayList<>();
			for (int i = 0; i < 28; i++) {
				boolean yes = i < 17;
				weights.put(numbered(i), yes ? (i == 16 ? 40L : 42L) : (i == 27 ? 28L : 26L));
				if (yes) {
					ballots.add(Ballot.of(numbered(i), YES));
				}
			}
			Tally tally = Tally.of(eu(), members, Fixtures.table(weights), ballots, DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.PASSED);
			assertThat(tally.explanation().en()).isEqualTo(
					"Passed: 17 of 28 members (60.7 % >= 55 %) representing 71.2 % of the population (>= 65 %) voted yes; 0 no, 0 abstained, 11 did not vote.");
			assertThat(tally.explanation().fr()).isEqualTo("Adoptée : 17 des 28 membres (60,7 % >= 55 %) représentant 71,2 % de la population (>= 65 %) "
					+ "ont voté oui ; 0 non, 0 abstention, 11 sans vote.");
			assertThat(tally.bound()).hasSize(28);
		}

		@Test
		void passesWhenBothThresholdsAreMetExactly() {
			Electorate twenty = numberedElectorate(20);
			Map<NationCode, Long> weights = new LinkedHashMap<>();
			for (int i = 0; i < 20; i++) {
				weights.put(numbered(i), i < 11 ? 65L * 9 : 35L * 11);
			}
			List<Ballot> elevenYes = twenty.nations().subList(0, 11).stream().map(n -> Ballot.of(n, YES)).toList();

			Tally exact = Tally.of(eu(), twenty, Fixtures.table(weights), elevenYes, DEADLINE, AFTER);

			assertThat(exact.outcome()).as("11 of 20 is 55 %, 11 x 585 of 10,000 is 65 %").isEqualTo(Outcome.PASSED);
			assertThat(exact.explanation().en()).startsWith("Passed: 11 of 20 members (55.0 % >= 55 %) representing 65.0 % of the population (>= 65 %)");
		}

		@Test
		void failsOneMemberShortOfTheMemberThreshold() {
			Electorate twenty = numberedElectorate(20);
			List<Ballot> tenYes = twenty.nations().subList(0, 10).stream().map(n -> Ballot.of(n, YES)).toList();

			Tally tally = Tally.of(eu(), twenty, equalWeights(twenty), tenYes, DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(tally.explanation().en()).startsWith("Failed: 10 of 20 members (50.0 % < 55 %) representing 50.0 % of the population (< 65 %)");
		}

		@Test
		void failsJustBelowTheWeightThresholdAndSaysSo() {
			Electorate two = electorate("AA", "BB");
			Tally tally = Tally.of(eu(), two, weights("AA", 6_499, "BB", 3_501), ballots("AA", YES, "BB", NO), DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(tally.explanation().en()).isEqualTo(
					"Failed: 1 of 2 members (50.0 % < 55 %) representing 64.9 % of the population (< 65 %) voted yes; 1 no, 0 abstained, 0 did not vote.");
		}

		@Test
		void failsWithNoBallotsOrOnlyAbstentions() {
			assertThat(Tally.of(eu(), THREE, POPULATION, List.of(), DEADLINE, AFTER).explanation().en())
				.isEqualTo("Failed: 0 of 3 members (0.0 % < 55 %) representing 0.0 % of the population (< 65 %) voted yes; 0 no, 0 abstained, 3 did not vote.");
			assertThat(Tally.of(eu(), THREE, POPULATION, ballots("FR", ABSTAIN, "DE", ABSTAIN, "PL", ABSTAIN), DEADLINE, AFTER).outcome())
				.isEqualTo(Outcome.FAILED);
		}

		@Test
		void saysWhatItWouldBeBeforeTheDeadline() {
			Tally tally = Tally.of(eu(), THREE, POPULATION, ballots("FR", YES, "DE", YES), DEADLINE, BEFORE);

			assertThat(tally.outcome()).isEqualTo(Outcome.PENDING);
			assertThat(tally.provisional()).isEqualTo(Outcome.PASSED);
			assertThat(tally.closed()).isFalse();
			assertThat(tally.explanation().en()).isEqualTo("Pending, would pass if the deadline were now: 2 of 3 members (66.6 % >= 55 %) "
					+ "representing 80.5 % of the population (>= 65 %) voted yes; 0 no, 0 abstained, 1 did not vote.");
		}
	}

	@Nested
	class OptIn {

		@Test
		void bindsOnlyThoseWhoJoined() {
			Electorate five = electorate("FR", "GB", "NL", "DE", "PL");
			Tally tally = Tally.of(new DecisionRule.OptIn(1), five, null, ballots("NL", OPT_IN, "FR", OPT_IN), DEADLINE, AFTER);

			assertThat(tally.outcome()).isEqualTo(Outcome.PASSED);
			assertThat(tally.bound()).as("in electorate order").containsExactly(nation("FR"), nation("NL"));
			assertThat(tally.explanation().en()).isEqualTo("Passed: 2 members opted in (FR, NL), at least 1 needed; the decision binds only those who joined.");
			assertThat(tally.explanation().fr()).isEqualTo("Adoptée : 2 membres ont rejoint (FR, NL), au moins 1 requis ; la décision n'engage que ceux qui ont rejoint.");
		}

		@Test
		void failsBelowTheMinimumAndBindsNobody() {
			Tally none = Tally.of(new DecisionRule.OptIn(1), THREE, null, List.of(), DEADLINE, AFTER);
			Tally two = Tally.of(new DecisionRule.OptIn(3), THREE, null, ballots("FR", OPT_IN, "DE", OPT_IN), DEADLINE, AFTER);

			assertThat(none.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(none.explanation().en()).isEqualTo("Failed: 0 members opted in, fewer than the minimum of 1; nobody is bound.");
			assertThat(two.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(two.bound()).isEmpty();
		}
	}

	@Test
	void refusesBallotsItCannotCount() {
		assertThatThrownBy(() -> Tally.of(eu(), THREE, POPULATION, ballots("FR", OBJECT), DEADLINE, AFTER)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Tally.of(eu(), THREE, POPULATION, ballots("GB", YES), DEADLINE, AFTER)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Tally.of(eu(), THREE, POPULATION, ballots("FR", YES, "FR", NO), DEADLINE, AFTER))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Tally.of(eu(), THREE, null, List.of(), DEADLINE, AFTER)).isInstanceOf(IllegalArgumentException.class);
	}
}
