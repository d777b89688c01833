package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

class CommitmentTermsTest {

	@Test
	void refusesANegativeOrZeroQuantity() {
		assertRefused(() -> Measure.counted(new BigDecimal("-1"), MeasureUnit.PERSONNEL), "quantity", "positive");
		assertRefused(() -> Measure.money(BigDecimal.ZERO, "EUR"), "quantity", "positive");
	}

	@Test
	void refusesAnUnknownCurrency() {
		assertRefused(() -> Measure.money(BigDecimal.TEN, "XYZ"), "currency", "iso4217");
		assertRefused(() -> Measure.money(BigDecimal.TEN, "eur"), "currency", "iso4217");
	}

	@Test
	void takesAUnitOrACurrencyButNotBoth() {
		assertRefused(() -> Measure.of(BigDecimal.TEN, MeasureUnit.SHIPS, "EUR"), "unit", "unit-or-currency");
		assertRefused(() -> Measure.of(BigDecimal.TEN, null, null), "unit", "unit-or-currency");
		assertRefused(() -> Measure.of(null, MeasureUnit.SHIPS, null), "quantity", "required");
		assertThat(Measure.of(null, null, " ")).isNull();
	}

	@Test
	void countsWholeThingsInWholeNumbersAndMoneyInMinorUnits() {
		assertRefused(() -> Measure.counted(new BigDecimal("2.5"), MeasureUnit.SHIPS), "quantity", "whole");
		assertRefused(() -> Measure.money(new BigDecimal("10.001"), "EUR"), "quantity", "minor-units");
		assertThat(Measure.counted(new BigDecimal("2.50"), MeasureUnit.FLIGHT_HOURS).amount()).isEqualByComparingTo("2.5");
		assertThat(Measure.money(new BigDecimal("1E+3"), "JPY").amount().toPlainString()).isEqualTo("1000");
	}

	@Test
	void refusesAnEndBeforeItsStart() {
		assertRefused(() -> new TimeSpan(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-28")), "endsOn", "after-start");
		assertThat(new TimeSpan(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01")).isOver(LocalDate.parse("2026-03-01"))).isFalse();
	}

	@Test
	void aTimeLimitedCommitmentNeedsAnEnd() {
		assertRefused(() -> new CommitmentTerms(NationCode.of("FR"), "MONITORING", CommitmentKind.ISR, null,
				new TimeSpan(LocalDate.parse("2026-03-01"), null), Set.of(CommitmentCondition.TIME_LIMITED), null), "endsOn", "time-limited");
	}

	private static void assertRefused(Runnable command, String field, String rule) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolation.class, e -> {
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.rule()).isEqualTo(rule);
		});
	}
}
