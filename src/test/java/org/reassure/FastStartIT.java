package org.reassure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's production command (the packaged jar, unpacked, with its class data sharing archive and the context
 * processed ahead of time) starts the real platform: the processed context is the one used, the built-in data set is
 * there, and a write goes through the ledger. Runs after {@code mvn package}, on the suite's database engine.
 */
class FastStartIT {

	@TempDir
	Path dataDir;

	@Test
	void theReadmeFastStartServesTheCoalitionAndRecordsAWrite() throws Exception {
		String claim = "{\"id\":\"fast-start-claim\",\"subject\":\"NL\",\"predicate\":\"STANCE\",\"value\":\"Offered troops\",\"confidence\":\"HIGH\","
				+ "\"citations\":[{\"source\":\"public-record\",\"description\":\"Written by the fast start test\"}]}";
		try (PlatformProcess platform = PlatformProcess.onOwnDatabase(dataDir).packagedFastStart().start()) {
			assertThat(platform.console()).contains("Starting AOT-processed ReassureApplication");

			HttpResponse<String> participants = platform.send("GET", "/api/v1/participants", null);
			assertThat(participants.statusCode()).isEqualTo(200);
			assertThat(participants.body()).contains("\"FR\"").contains("\"GB\"").contains("\"UA\"");

			assertThat(platform.send("POST", "/api/v1/claims", claim).statusCode()).isEqualTo(201);
			HttpResponse<String> ledger = platform.send("GET", "/api/v1/ledger/entries?from=0", null);
			assertThat(ledger.statusCode()).isEqualTo(200);
			assertThat(ledger.body()).contains("fast-start-claim");
		}
	}
}
