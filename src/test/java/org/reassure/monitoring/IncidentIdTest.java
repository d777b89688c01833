package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IncidentIdTest {

	@Test
	void derivesTheNameBasedUuidOfItsSmallestReportSoStoredIdsStayValid() {
		for (int i = 0; i < 100; i++) {
			ReportId report = new ReportId("drone-" + i, "evt-" + i * 7919);
			UUID expected = UUID.nameUUIDFromBytes(("incident\0" + report.sourceId() + "\0" + report.eventUid()).getBytes(StandardCharsets.UTF_8));
			assertThat(IncidentId.derivedFrom(report).value()).isEqualTo(expected);
		}
	}
}
