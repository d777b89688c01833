package org.reassure.coalition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.PlatformProcess;

/**
 * A write acknowledged with 2xx survives a SIGKILL that comes right after the acknowledgement.
 */
class AcknowledgedWriteSurvivesKillTest {

	@TempDir
	Path dataDir;

	@Test
	void acknowledgedClaimIsThereAfterKillAndRestart() throws Exception {
		String claim = "{\"id\":\"crash-test-claim\",\"subject\":\"NL\",\"predicate\":\"STANCE\",\"value\":\"Offered troops\",\"confidence\":\"HIGH\","
				+ "\"citations\":[{\"source\":\"public-record\",\"description\":\"Written by the crash test\"}]}";
		PlatformProcess platform = PlatformProcess.onOwnDatabase(dataDir);
		try (platform) {
			platform.start();
			HttpResponse<String> created = platform.send("POST", "/api/v1/claims", claim);
			assertThat(created.statusCode()).isEqualTo(201);
			platform.kill();

			platform.start();
			HttpResponse<String> read = platform.send("GET", "/api/v1/claims/crash-test-claim", null);
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.body()).contains("Offered troops");
		}
	}
}
