package org.reassure.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ExactShortDecimalTest {

	@Test
	void readsShortDecimalsToTheSameDoubleAsTheJdk() {
		Random random = new Random(11);
		for (int i = 0; i < 200_000; i++) {
			String digits = Long.toString(random.nextLong() >>> random.nextInt(64));
			int point = random.nextInt(digits.length() + 1);
			String sign = switch (random.nextInt(3)) {
				case 0 -> "-";
				case 1 -> "+";
				default -> "";
			};
			String text = sign + digits.substring(0, point) + "." + digits.substring(point);
			double exact = ReportDraft.exactShortDecimal(text);
			if (!Double.isNaN(exact)) {
				assertThat(Double.doubleToRawLongBits(exact)).as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
			}
		}
	}

	@Test
	void readsWhatSensorsSendAndLeavesTheRestToTheJdk() {
		for (String text : new String[] { "48.8566", "-0", "-0.0", "0.5", ".5", "5.", "9999999", "37.617633", "9007199254740992" }) {
			assertThat(Double.doubleToRawLongBits(ReportDraft.exactShortDecimal(text))).as(text)
				.isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
		}
		for (String text : new String[] { "1e5", "1.5E-3", ".", "-", "1.2.3", "9007199254740993", "0.00000000000000000000001", "1-2" }) {
			assertThat(ReportDraft.exactShortDecimal(text)).as(text).isNaN();
		}
	}
}
