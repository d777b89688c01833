package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IncidentIdTest {

	private static final Instant T0 = Instant.parse("2026-11-29T04:12:31.250Z");

	@Test
	void sortsByTheFirstObservationInItsTextFormAsStoredAndIndexed() {
		List<String> stored = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			stored.add(IncidentId.derivedFrom(T0.plusMillis(i * 37L), new ReportId("drone-" + (1_000 - i), "evt-" + i)).toString());
		}

		assertThat(stored).isSorted();
	}

	@Test
	void carriesTheMillisecondOfItsFirstObservationAndTheHashOfItsFirstReport() {
		ReportId report = new ReportId("acoustic-07", "evt-7919");
		UUID nameBased = UUID.nameUUIDFromBytes(("incident\0" + report.sourceId() + "\0" + report.eventUid()).getBytes(StandardCharsets.UTF_8));

		UUID id = IncidentId.derivedFrom(T0, report).value();

		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T0.toEpochMilli());
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() & 0x0fff).isEqualTo(nameBased.getMostSignificantBits() & 0x0fff);
		assertThat(id.getLeastSignificantBits()).isEqualTo(nameBased.getLeastSignificantBits());
	}

	@Test
	void tellsApartReportsObservedAtTheSameMillisecond() {
		assertThat(IncidentId.derivedFrom(T0, new ReportId("acoustic-07", "evt-1")))
			.isEqualTo(IncidentId.derivedFrom(T0, new ReportId("acoustic-07", "evt-1")))
			.isNotEqualTo(IncidentId.derivedFrom(T0, new ReportId("acoustic-07", "evt-2")));
	}
}
