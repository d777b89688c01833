package org.reassure.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Positions and accuracies are read to the very double Java reads, whatever the number of digits a client prints. */
class PlainDecimalTest {

	@Test
	void readsDecimalsOfAnyLengthToTheSameDoubleAsTheJdk() {
		Random random = new Random(11);
		for (int i = 0; i < 200_000; i++) {
			String digits = Long.toUnsignedString(random.nextLong() >>> random.nextInt(64));
			int point = random.nextInt(digits.length() + 1);
			String sign = switch (random.nextInt(3)) {
				case 0 -> "-";
				case 1 -> "+";
				default -> "";
			};
			String exponent = random.nextInt(4) == 0 ? "e" + (random.nextInt(41) - 20) : "";
			String text = sign + digits.substring(0, point) + "." + digits.substring(point) + exponent;
			assertThat(Double.doubleToRawLongBits(ReportDraft.plainDecimal(text))).as(text)
				.isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
		}
	}

	@Test
	void readsWhatSensorsSendAndRefusesWhatOnlyJavaWouldRead() {
		for (String text : new String[] { "48.8566", "-0", "-0.0", "0.5", ".5", "5.", "9999999", "37.617633", "48.01234567890123",
				"37.617633012345678", "9007199254740993", "0.00000000000000000000001", "1.5E-3" }) {
			assertThat(Double.doubleToRawLongBits(ReportDraft.plainDecimal(text))).as(text)
				.isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
		}
		for (String text : new String[] { "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "2.5f", ".", "-", "1.2.3", "1-2", "", " 1" }) {
			assertThat(ReportDraft.plainDecimal(text)).as(text).isNaN();
		}
	}
}
