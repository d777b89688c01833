package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reassure.coalition.Citation;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;

class CommitmentTest {

	static final NationCode FR = NationCode.of("FR");
	static final Actor LIAISON = new Actor("fr-liaison", FR);
	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
	static final RatificationRoute UNDOCUMENTED = RatificationRoute.undocumented(FR);
	static final RatificationRoute NO_VOTE = new RatificationRoute(FR, true, false, List.of(), null,
			List.of(Citation.publicRecord("A source saying no vote is needed")));

	static CommitmentTerms troops(CommitmentCondition... conditions) {
		return new CommitmentTerms(FR, "MULTINATIONAL_FORCE", CommitmentKind.TROOPS, Measure.counted(new BigDecimal("2000"), MeasureUnit.PERSONNEL),
				new TimeSpan(LocalDate.parse("2026-03-01"), LocalDate.parse("2027-03-01")), Set.of(conditions), null);
	}

	@Test
	void goesFromIntentThroughBothApprovalsIntoForce() {
		Commitment c = Commitment.intent(troops());
		c = c.with(c.approveByGovernment(LIAISON, NOW, "Council of ministers"));
		c = c.with(c.approveByParliament(LIAISON, NOW, null));
		CommitmentStatusChanged inForce = c.enterIntoForce(UNDOCUMENTED, LIAISON, NOW, null);
		assertThat(inForce.from()).isEqualTo(CommitmentStatus.PARLIAMENT_APPROVED);
		assertThat(inForce.to()).isEqualTo(CommitmentStatus.IN_FORCE);
		assertThat(inForce.by()).isEqualTo("fr-liaison");
		assertThat(c.with(inForce).version()).isEqualTo(3);
	}

	@Test
	void refusesAMoveOutOfOrderNamingTheCurrentStatus() {
		Commitment intent = Commitment.intent(troops());
		assertThatThrownBy(() -> intent.approveByParliament(LIAISON, NOW, null)).isInstanceOf(Conflict.class)
			.hasMessageContaining("it is INTENT")
			.hasMessageContaining("GOVERNMENT_APPROVED");
		assertThatThrownBy(() -> intent.enterIntoForce(NO_VOTE, LIAISON, NOW, null)).isInstanceOf(Conflict.class).hasMessageContaining("INTENT");
	}

	@Test
	void entersIntoForceStraightAfterTheGovernmentOnlyWhereTheRouteNeedsNoVote() {
		Commitment approved = approvedByGovernment(troops());
		assertThat(approved.enterIntoForce(NO_VOTE, LIAISON, NOW, null).to()).isEqualTo(CommitmentStatus.IN_FORCE);
		assertThatThrownBy(() -> approved.enterIntoForce(UNDOCUMENTED, LIAISON, NOW, null)).isInstanceOf(Conflict.class)
			.hasMessageContaining("GOVERNMENT_APPROVED")
			.hasMessageContaining("parliament");
		Commitment subjectToParliament = approvedByGovernment(troops(CommitmentCondition.SUBJECT_TO_PARLIAMENT));
		assertThatThrownBy(() -> subjectToParliament.enterIntoForce(NO_VOTE, LIAISON, NOW, null)).isInstanceOf(Conflict.class);
	}

	@Test
	void canBeWithdrawnFromAnyStatusButOnlyOnce() {
		Commitment withdrawn = Commitment.intent(troops());
		withdrawn = withdrawn.with(withdrawn.withdraw(LIAISON, NOW, null));
		Commitment already = withdrawn;
		assertThat(already.status()).isEqualTo(CommitmentStatus.WITHDRAWN);
		assertThatThrownBy(() -> already.withdraw(LIAISON, NOW, null)).isInstanceOf(Conflict.class).hasMessageContaining("already WITHDRAWN");
		assertThatThrownBy(() -> already.approveByGovernment(LIAISON, NOW, null)).isInstanceOf(Conflict.class).hasMessageContaining("WITHDRAWN");
	}

	@Test
	void isReadyOnceEveryApprovalItsRouteNeedsIsGiven() {
		LocalDate day = LocalDate.parse("2026-06-01");
		Commitment intent = Commitment.intent(troops());
		Commitment government = approvedByGovernment(troops());
		assertThat(intent.readiness(NO_VOTE, day)).isEqualTo(Readiness.AWAITS_GOVERNMENT);
		assertThat(government.readiness(UNDOCUMENTED, day)).isEqualTo(Readiness.AWAITS_PARLIAMENT);
		assertThat(government.readiness(NO_VOTE, day)).isEqualTo(Readiness.READY);
		Commitment parliament = government.with(government.approveByParliament(LIAISON, NOW, null));
		assertThat(parliament.readiness(UNDOCUMENTED, day)).isEqualTo(Readiness.READY);
		assertThat(parliament.readiness(UNDOCUMENTED, LocalDate.parse("2027-03-02"))).isEqualTo(Readiness.EXPIRED);
		assertThat(parliament.with(parliament.withdraw(LIAISON, NOW, null)).readiness(UNDOCUMENTED, day)).isEqualTo(Readiness.WITHDRAWN);
	}

	private static Commitment approvedByGovernment(CommitmentTerms terms) {
		Commitment c = Commitment.intent(terms);
		return c.with(c.approveByGovernment(LIAISON, NOW, null));
	}
}
