package org.reassure.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.reassure.shared.RuleViolation;

class ShareTest {

	@Test
	void aPercentageBecomesAnExactFraction() {
		Share share = Share.ofPercent("rule.memberThreshold", new BigDecimal("55"));

		assertThat(share).isEqualTo(new Share(11, 20));
		assertThat(share.text()).isEqualTo("55%");
		assertThat(share.percent(Locale.FRENCH)).isEqualTo("55 %");
		assertThat(Share.ofPercent("t", new BigDecimal("62.5")).percent(Locale.FRENCH)).isEqualTo("62,5 %");
		assertThat(Share.ofPercent("t", new BigDecimal("100")).isMetBy(3, 3)).isTrue();
	}

	@Test
	void aThirdStaysAThird() {
		assertThat(Share.parse("1/3")).isEqualTo(Share.ONE_THIRD);
		assertThat(Share.ONE_THIRD.text()).isEqualTo("1/3");
		assertThat(Share.ONE_THIRD.isMetBy(1, 3)).isTrue();
		assertThat(Share.ONE_THIRD.isMetBy(333_333, 1_000_000)).isFalse();
		assertThat(Share.ONE_THIRD.percent(Locale.ENGLISH)).isEqualTo("33.33 %");
	}

	@Test
	void refusesThresholdsOutsideZeroToAHundredNamingTheField() {
		for (String percent : new String[] { "100.01", "150", "0", "-5" }) {
			assertThatThrownBy(() -> Share.ofPercent("rule.weightThreshold", new BigDecimal(percent))).isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("rule.weightThreshold");
				assertThat(e.rule()).isEqualTo("range");
			});
		}
		assertThatThrownBy(() -> Share.ofPercent("rule.memberThreshold", new BigDecimal("55.555")))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("precision"));
		assertThatThrownBy(() -> Share.parse("2/1")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> Share.parse("half")).isInstanceOf(RuleViolation.class);
	}
}
