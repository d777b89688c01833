package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassure.monitoring.SyntheticIngest.arrivalOrder;
import static org.reassure.monitoring.SyntheticIngest.awaitFused;
import static org.reassure.monitoring.SyntheticIngest.incidentRows;
import static org.reassure.monitoring.SyntheticIngest.ingest;
import static org.reassure.monitoring.SyntheticIngest.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On start, fusion takes up the incidents it may still change and writes them again: also when they were stored under
 * ids of an older form (name-based, before ids carried the time of the first observation), which are replaced, not
 * kept beside the new ones.
 */
class IncidentRestoreTest {

	@TempDir
	Path work;

	@Test
	void replacesOpenIncidentsStoredUnderIdsOfAnOlderForm() throws Exception {
		List<String> database = TestDatabase.sharedBy("restore", work);
		List<String> fused;
		try (ConfigurableApplicationContext platform = platform(database)) {
			ingest(platform, arrivalOrder(new SyntheticStream(41).reports(600, Instant.now().minus(Duration.ofMinutes(10)), 40)));
			awaitFused(platform, Duration.ofMinutes(1));
			fused = incidentRows(platform);
			JdbcClient jdbc = platform.getBean(JdbcClient.class);
			for (String id : jdbc.sql("SELECT id FROM monitoring_incidents").query(String.class).list()) {
				String olderForm = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
				jdbc.sql("UPDATE monitoring_incidents SET id = ? WHERE id = ?").params(olderForm, id).update();
			}
			assertThat(incidentRows(platform)).as("stored under other ids").isNotEqualTo(fused);
		}

		try (ConfigurableApplicationContext restarted = platform(database)) {
			assertThat(incidentRows(restarted)).hasSizeGreaterThan(50).containsExactlyElementsOf(fused);
		}
	}
}
