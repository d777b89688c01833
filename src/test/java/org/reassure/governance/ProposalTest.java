package org.reassure.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reassure.governance.BallotChoice.ABSTAIN;
import static org.reassure.governance.BallotChoice.NO;
import static org.reassure.governance.BallotChoice.OBJECT;
import static org.reassure.governance.BallotChoice.YES;
import static org.reassure.governance.Fixtures.DEADLINE;
import static org.reassure.governance.Fixtures.electorate;
import static org.reassure.governance.Fixtures.eu;
import static org.reassure.governance.Fixtures.nation;
import static org.reassure.governance.Fixtures.weights;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;

/**
 * The proposal aggregate: what it refuses when opened, and who may cast, change or withdraw which
 * ballot, when.
 */
class ProposalTest {

	private static final Instant OPENED = DEADLINE.minusSeconds(7 * 86_400);
	private static final Instant DURING = DEADLINE.minusSeconds(3600);
	private static final Actor SECRETARIAT = new Actor("secretariat", null);
	private static final Actor FRENCH_LIAISON = new Actor("liaison-fr", nation("FR"));
	private static final Actor GERMAN_LIAISON = new Actor("liaison-de", nation("DE"));
	private static final Electorate ELECTORATE = electorate("FR", "DE", "PL");
	private static final WeightTable POPULATION = weights("FR", 68_402_000, "DE", 83_445_000, "PL", 36_621_000);

	private static ProposalDraft draft(Instant deadline) {
		return new ProposalDraft("Mandate of the force", "The coalition adopts the mandate.", null, List.of("Land", "Air"), deadline,
				RuleTerms.of(DecisionRule.Kind.QUALIFIED_MAJORITY), null);
	}

	private static Proposal qualifiedMajority() {
		return Proposal.open(ProposalId.generate(), draft(DEADLINE), "MULTINATIONAL_FORCE", eu(), ELECTORATE, POPULATION, 1, SECRETARIAT, OPENED);
	}

	@Test
	void opensWithItsRuleElectorateAndWeightsFixed() {
		Proposal proposal = qualifiedMajority();

		assertThat(proposal.opened().rule()).isEqualTo(eu());
		assertThat(proposal.opened().weightTable()).isEqualTo(1);
		assertThat(proposal.electorate()).isEqualTo(ELECTORATE);
		assertThat(proposal.isOpenAt(DURING)).isTrue();
		assertThat(proposal.isOpenAt(DEADLINE)).as("the deadline itself is closed").isFalse();
	}

	@Test
	void refusesADeadlineThatIsNotInTheFuture() {
		assertThatThrownBy(() -> Proposal.open(ProposalId.generate(), draft(OPENED), null, eu(), ELECTORATE, POPULATION, 1, SECRETARIAT, OPENED))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("deadline"));
	}

	@Test
	void refusesAWeightTableThatMissesAVoter() {
		WeightTable withoutPoland = weights("FR", 68_402_000, "DE", 83_445_000);

		assertThatThrownBy(() -> Proposal.open(ProposalId.generate(), draft(DEADLINE), null, eu(), ELECTORATE, withoutPoland, 1, SECRETARIAT, OPENED))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("rule.weightTable");
				assertThat(e.getMessage()).contains("PL");
			});
	}

	@Test
	void refusesAnOptInThatAsksMoreJoinersThanVoters() {
		assertThatThrownBy(() -> Proposal.open(ProposalId.generate(), draft(DEADLINE), null, new DecisionRule.OptIn(4), ELECTORATE, null, 1, SECRETARIAT,
				OPENED)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("rule.minimum"));
	}

	@Test
	void aLiaisonCastsChangesAndWithdrawsItsOwnNationsBallot() {
		Proposal proposal = qualifiedMajority();

		assertThat(proposal.cast(FRENCH_LIAISON, nation("FR"), YES, DURING)).isEqualTo(new BallotCast(proposal.id(), nation("FR"), YES, "liaison-fr"));
		assertThat(proposal.change(FRENCH_LIAISON, nation("FR"), ABSTAIN, DURING).from()).isEqualTo(YES);
		assertThat(proposal.ballotOf(nation("FR")).choice()).isEqualTo(ABSTAIN);
		assertThat(proposal.ballotOf(nation("FR")).changedAt()).isEqualTo(DURING);
		assertThat(proposal.withdraw(FRENCH_LIAISON, nation("FR"), DURING).withdrawn()).isEqualTo(ABSTAIN);
		assertThat(proposal.ballots()).isEmpty();
	}

	@Test
	void refusesABallotForAnotherNation() {
		Proposal proposal = qualifiedMajority();

		assertThatThrownBy(() -> proposal.cast(GERMAN_LIAISON, nation("FR"), YES, DURING)).isInstanceOfSatisfying(RuleViolation.class, e -> {
			assertThat(e.field()).isEqualTo("nation");
			assertThat(e.rule()).isEqualTo("own-nation");
		});
		assertThatThrownBy(() -> proposal.cast(SECRETARIAT, nation("FR"), YES, DURING)).isInstanceOf(RuleViolation.class);
		assertThat(proposal.ballots()).isEmpty();
	}

	@Test
	void refusesASecondBallotFromTheSameNation() {
		Proposal proposal = qualifiedMajority();
		proposal.cast(FRENCH_LIAISON, nation("FR"), YES, DURING);

		assertThatThrownBy(() -> proposal.cast(FRENCH_LIAISON, nation("FR"), NO, DURING)).isInstanceOfSatisfying(Conflict.class,
				e -> assertThat(e.field()).isEqualTo("nation"));
		assertThat(proposal.ballotOf(nation("FR")).choice()).isEqualTo(YES);
	}

	@Test
	void refusesBallotsFromTheDeadlineOn() {
		Proposal proposal = qualifiedMajority();
		proposal.cast(FRENCH_LIAISON, nation("FR"), YES, DURING);

		assertThatThrownBy(() -> proposal.cast(GERMAN_LIAISON, nation("DE"), YES, DEADLINE)).isInstanceOfSatisfying(Conflict.class,
				e -> assertThat(e.field()).isEqualTo("deadline"));
		assertThatThrownBy(() -> proposal.change(FRENCH_LIAISON, nation("FR"), NO, DEADLINE)).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> proposal.withdraw(FRENCH_LIAISON, nation("FR"), DEADLINE.plusSeconds(1))).isInstanceOf(Conflict.class);
	}

	@Test
	void refusesAChoiceTheRuleDoesNotAccept() {
		Proposal proposal = qualifiedMajority();

		assertThatThrownBy(() -> proposal.cast(FRENCH_LIAISON, nation("FR"), OBJECT, DURING)).isInstanceOfSatisfying(RuleViolation.class, e -> {
			assertThat(e.field()).isEqualTo("choice");
			assertThat(e.getMessage()).contains("QUALIFIED_MAJORITY accepts only [YES, NO, ABSTAIN]");
		});
	}

	@Test
	void refusesANationOutsideTheElectorate() {
		Proposal proposal = qualifiedMajority();

		assertThatThrownBy(() -> proposal.cast(new Actor("liaison-gb", nation("GB")), nation("GB"), YES, DURING))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("electorate"));
	}

	@Test
	void changingOrWithdrawingNeedsABallot() {
		Proposal proposal = qualifiedMajority();

		assertThatThrownBy(() -> proposal.change(FRENCH_LIAISON, nation("FR"), YES, DURING)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> proposal.withdraw(FRENCH_LIAISON, nation("FR"), DURING)).isInstanceOf(NotFound.class);
	}

	@Test
	void isDecidedOnceAfterTheDeadline() {
		Proposal proposal = qualifiedMajority();
		proposal.cast(FRENCH_LIAISON, nation("FR"), YES, DURING);
		proposal.cast(GERMAN_LIAISON, nation("DE"), YES, DURING);

		assertThatThrownBy(() -> proposal.decide(DURING)).isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.field()).isEqualTo("deadline"));
		ProposalDecided decided = proposal.decide(DEADLINE);
		assertThat(decided.outcome()).isEqualTo(Outcome.PASSED);
		assertThat(decided.bound()).containsExactly(nation("FR"), nation("DE"), nation("PL"));
		assertThat(proposal.decided()).isEqualTo(Outcome.PASSED);
		assertThatThrownBy(() -> proposal.decide(DEADLINE.plusSeconds(60))).isInstanceOf(Conflict.class);
	}
}
