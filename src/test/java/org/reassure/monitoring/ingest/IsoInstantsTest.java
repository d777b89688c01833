package org.reassure.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IsoInstantsTest {

	@Test
	void readsTheCommonFormExactlyAsTheJdkDoes() {
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			Instant instant = Instant.ofEpochSecond(946_684_800L + (long) (random.nextDouble() * 6_000_000_000L), random.nextInt(1_000_000_000));
			String text = instant.toString();
			int digits = random.nextInt(10);
			String truncated = text.substring(0, 19) + (digits == 0 ? "" : "." + String.format("%09d", instant.getNano()).substring(0, digits)) + "Z";
			assertThat(IsoInstants.parse(truncated)).as(truncated).isEqualTo(Instant.parse(truncated));
		}
	}

	@Test
	void leavesEveryOtherFormToTheJdk() {
		for (String text : new String[] { "2026-03-01T12:00:00+01:00", "2026-03-01t12:00:00z", "2024-02-29T23:59:59.5Z", "2026-03-01T24:00:00Z", "2026-03-01T12:00:00.Z" }) {
			assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
		}
		for (String text : new String[] { "2026-02-29T12:00:00Z", "2026-13-01T12:00:00Z",
				"2026-03-01 12:00:00Z", "+2026-03-01T12:00:00Z", "2026-03-01T12:00Z", "2026-03-01T12:00:00.1234567890Z", "" }) {
			assertThatThrownBy(() -> IsoInstants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
		}
	}
}
