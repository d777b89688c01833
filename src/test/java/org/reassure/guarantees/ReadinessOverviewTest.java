package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reassure.shared.Actor;
import org.reassure.shared.NationCode;

class ReadinessOverviewTest {

	static final LocalDate TODAY = LocalDate.parse("2026-06-01");
	static final List<String> COMPONENTS = List.of("MONITORING", "MULTINATIONAL_FORCE", "COMMITMENTS_IF_ATTACKED");

	@Test
	void countsReadyAndPendingCommitmentsWithTheirTroopsAndMoneyPerCurrency() {
		List<Commitment> commitments = List.of(
				ratified(commitment("FR", "MULTINATIONAL_FORCE", Measure.counted(new BigDecimal("2000"), MeasureUnit.PERSONNEL))),
				commitment("FR", "MULTINATIONAL_FORCE", Measure.counted(new BigDecimal("500"), MeasureUnit.PERSONNEL)),
				ratified(commitment("GB", "COMMITMENTS_IF_ATTACKED", Measure.money(new BigDecimal("100.50"), "GBP"))),
				ratified(commitment("GB", "COMMITMENTS_IF_ATTACKED", Measure.money(new BigDecimal("200"), "GBP"))),
				commitment("GB", "COMMITMENTS_IF_ATTACKED", Measure.money(new BigDecimal("50"), "EUR")),
				withdrawn(commitment("GB", "MONITORING", null)));
		ReadinessOverview overview = ReadinessOverview.of(TODAY, COMPONENTS, commitments, RatificationRoute::undocumented);

		assertThat(overview.total().ready().commitments()).isEqualTo(3);
		assertThat(overview.total().ready().personnel()).isEqualTo(2000);
		assertThat(overview.total().ready().money()).containsOnlyKeys("GBP");
		assertThat(overview.total().ready().money().get("GBP")).isEqualByComparingTo("300.50");
		assertThat(overview.total().pending().commitments()).isEqualTo(2);
		assertThat(overview.total().pending().personnel()).isEqualTo(500);
		assertThat(overview.total().pending().money().get("EUR")).isEqualByComparingTo("50");
		assertThat(overview.nations()).extracting(r -> r.nation().value()).containsExactly("FR", "GB");
		assertThat(overview.byComponent().get("MULTINATIONAL_FORCE").pending().commitments()).isEqualTo(1);
		assertThat(overview.byComponent().get("MONITORING").ready().commitments()).isZero();
		assertThat(overview.nations().get(1).byComponent().get("COMMITMENTS_IF_ATTACKED").ready().commitments()).isEqualTo(2);
	}

	private static Commitment commitment(String nation, String component, Measure measure) {
		return Commitment.intent(new CommitmentTerms(NationCode.of(nation), component, CommitmentKind.OTHER, measure,
				new TimeSpan(LocalDate.parse("2026-01-01"), null), Set.of(), null));
	}

	private static Commitment ratified(Commitment c) {
		Actor actor = new Actor("liaison", c.terms().nation());
		Commitment approved = c.with(c.approveByGovernment(actor, Instant.EPOCH, null));
		return approved.with(approved.approveByParliament(actor, Instant.EPOCH, null));
	}

	private static Commitment withdrawn(Commitment c) {
		return c.with(c.withdraw(new Actor("liaison", c.terms().nation()), Instant.EPOCH, null));
	}
}
