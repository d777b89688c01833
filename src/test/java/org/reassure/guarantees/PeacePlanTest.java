package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

class PeacePlanTest {

	static final NationCode UA = NationCode.of("UA");
	static final NationCode RU = NationCode.of("RU");

	@Test
	void computesTheShareAgreedRoundedDownAndFlagsPointsCrossingARedLine() {
		PlanPoint agreed = point(1, PlanPoint.Status.AGREED);
		PlanPoint crossing = point(2, PlanPoint.Status.OPEN).withRedLines(Map.of(RedLine.NO_RECOGNISED_TERRITORIAL_CONCESSION, PlanPoint.Assessment.CROSSES));
		PlanPoint respecting = point(3, PlanPoint.Status.REJECTED).withRedLines(Map.of(RedLine.UKRAINE_AT_THE_TABLE, PlanPoint.Assessment.RESPECTS));
		PeacePlan plan = plan(List.of(agreed, crossing, respecting));
		assertThat(plan.agreedPercent()).isEqualTo(33);
		assertThat(plan.pointsCrossingRedLines()).extracting(PlanPoint::number).containsExactly(2);
		assertThat(plan(List.of()).agreedPercent()).isNull();
		assertThat(plan.nextPointNumber()).isEqualTo(4);
	}

	@Test
	void recordsPositionsOnlyOfItsParties() {
		PeacePlan plan = plan(List.of(point(1, PlanPoint.Status.OPEN)));
		assertThat(plan.point(1).withPosition(RU, PlanPoint.Position.REJECTS).positions()).containsEntry(RU, PlanPoint.Position.REJECTS);
		assertThatThrownBy(() -> plan.requireParty(NationCode.of("US"))).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.field()).isEqualTo("party"));
	}

	private static PlanPoint point(int number, PlanPoint.Status status) {
		return new PlanPoint(number, "Point " + number, null, status, Map.of(), Map.of());
	}

	private static PeacePlan plan(List<PlanPoint> points) {
		return new PeacePlan("plan", "Plan", "Plan", List.of(UA, RU), null, null, List.of(Citation.publicRecord("test")), points, List.of());
	}
}
