package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassure.PlatformProcess;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 in the middle of a stream of reports over HTTP and Cursor-on-Target: after a restart every report that had
 * been acknowledged is there (sending it again finds a duplicate), and fusion catches up with every committed batch.
 */
class AcknowledgedReportsSurviveKillTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern ACK = Pattern.compile("accepted=\"(\\d+)\"");

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newHttpClient();
	private final ConcurrentLinkedQueue<String> acknowledgedJson = new ConcurrentLinkedQueue<>();
	private final ConcurrentLinkedQueue<String> acknowledgedCot = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean sending = new AtomicBoolean(true);

	@Test
	void everyAcknowledgedReportIsThereAfterKillAndRestart() throws Exception {
		try (PlatformProcess platform = PlatformProcess.onOwnDatabase(dataDir)) {
			platform.start();
			String source = "acoustic-kill-test";
			String token = register(platform, source);
			ExecutorService senders = Executors.newFixedThreadPool(4);
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				running.add(senders.submit(() -> sendJson(platform, source, token)));
			}
			running.add(senders.submit(() -> sendCot(platform, source, token)));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while ((acknowledgedJson.size() < 2_000 || acknowledgedCot.size() < 500) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			platform.kill();
			sending.set(false);
			for (Future<?> sender : running) {
				sender.get();
			}
			senders.shutdown();
			assertThat(acknowledgedJson).hasSizeGreaterThan(0);
			assertThat(acknowledgedCot).hasSizeGreaterThan(0);

			platform.start();
			assertAllDuplicates(platform, token, "/api/v1/monitoring/reports", new ArrayList<>(acknowledgedJson), true);
			assertAllDuplicates(platform, token, "/api/v1/monitoring/reports/cot", new ArrayList<>(acknowledgedCot), false);
			JsonNode pipeline = JSON.readTree(platform.send("GET", "/api/v1/monitoring/pipeline", null).body());
			assertThat(pipeline.path("fusedBatch").asLong()).isEqualTo(pipeline.path("lastBatch").asLong());
		}
	}

	private Void sendJson(PlatformProcess platform, String source, String token) throws InterruptedException {
		while (sending.get()) {
			List<String> batch = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				batch.add(LiveReports.json(source, "ACOUSTIC", LiveReports.uid()));
			}
			try {
				HttpResponse<String> response = post(platform, token, "/api/v1/monitoring/reports", "[" + String.join(",", batch) + "]");
				if (response.statusCode() == 202) {
					acknowledgedJson.addAll(batch);
				}
			}
			catch (IOException killed) {
				return null;
			}
		}
		return null;
	}

	private Void sendCot(PlatformProcess platform, String source, String token) {
		List<String> sent = new ArrayList<>();
		try (CotClient client = CotClient.connect(platform.cotPort()).authenticate(source, token)) {
			while (sending.get()) {
				StringBuilder chunk = new StringBuilder();
				for (int i = 0; i < 50; i++) {
					String event = LiveReports.cot(source, "ACOUSTIC", LiveReports.uid());
					sent.add(event);
					chunk.append(event);
				}
				client.send(chunk.toString());
				Matcher ack = ACK.matcher(client.awaitLine("reassure-ack"));
				if (ack.find()) {
					int accepted = Integer.parseInt(ack.group(1));
					while (acknowledgedCot.size() < accepted) {
						acknowledgedCot.add(sent.get(acknowledgedCot.size()));
					}
				}
			}
		}
		catch (IOException | AssertionError killed) {
			// the platform died under the stream: what was acknowledged is recorded
		}
		return null;
	}

	private void assertAllDuplicates(PlatformProcess platform, String token, String path, List<String> reports, boolean json) throws Exception {
		for (int from = 0; from < reports.size(); from += 1_000) {
			List<String> chunk = reports.subList(from, Math.min(reports.size(), from + 1_000));
			String body = json ? "[" + String.join(",", chunk) + "]" : String.join("", chunk);
			HttpResponse<String> response = post(platform, token, path, body);
			assertThat(response.statusCode()).isEqualTo(202);
			JsonNode receipt = JSON.readTree(response.body());
			assertThat(receipt.path("duplicates").asInt()).as("acknowledged reports found again").isEqualTo(chunk.size());
		}
	}

	private HttpResponse<String> post(PlatformProcess platform, String token, String path, String body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(platform.baseUri().resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Source " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String register(PlatformProcess platform, String source) throws Exception {
		HttpResponse<String> response = platform.send("POST", "/api/v1/monitoring/sources",
				"{\"id\":\"" + source + "\",\"name\":\"Kill test sensor\",\"sourceType\":\"ACOUSTIC\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		return JSON.readTree(response.body()).path("token").asString();
	}
}
