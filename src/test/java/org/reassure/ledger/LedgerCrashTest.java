package org.reassure.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 in the middle of a burst of appends: after a restart on the same data folder, every
 * write the API acknowledged is in the log, and the log verifies. The platform runs as a child JVM
 * on the embedded database (SQLite, WAL, synchronous=FULL).
 */
class LedgerCrashTest {

	private static final String PASSWORD = "admin-password-for-tests";
	private static final int WRITERS = 6;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyAcknowledgedWriteSurvivesKillNineAndTheLogVerifies(@TempDir Path data) throws Exception {
		int port = freePort();
		Process server = start(data, port, "serve", "--server.port=" + port);
		String token;
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		try {
			awaitHealthy(port, server);
			HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash-test\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(issued.statusCode()).isEqualTo(201);
			token = json.readTree(issued.body()).get("secret").asString();

			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				writers.execute(() -> burst(port, token, writer, running, acknowledged));
			}
			while (acknowledged.size() < 300) {
				Thread.sleep(20);
			}
			server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			running.set(false);
			writers.shutdown();
			assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			server.destroyForcibly();
		}

		Process restarted = start(data, port, "serve", "--server.port=" + port);
		try {
			awaitHealthy(port, restarted);
			Set<String> logged = issuedTokensInTheLog(port, token);
			assertThat(logged).containsAll(acknowledged);
		}
		finally {
			restarted.destroy();
			restarted.waitFor(30, TimeUnit.SECONDS);
		}
		Process verify = start(data, port, "ledger", "verify");
		String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(verify.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(verify.exitValue()).as(output).isZero();
		assertThat(output).contains("verified: ");
	}

	private void burst(int port, String token, int writer, AtomicBoolean running, ConcurrentLinkedQueue<String> acknowledged) {
		for (int i = 0; running.get(); i++) {
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.timeout(Duration.ofSeconds(10))
					.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"burst-" + writer + "-" + i + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 201) {
					acknowledged.add(json.readTree(response.body()).get("token").get("id").asString());
				}
			}
			catch (IOException e) {
				return;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private Set<String> issuedTokensInTheLog(int port, String token) throws Exception {
		Set<String> ids = new HashSet<>();
		long from = 0;
		while (true) {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/api/v1/ledger/entries?action=access.token.issued&limit=1000&from=" + from)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			JsonNode entries = json.readTree(page.body());
			if (entries.isEmpty()) {
				return ids;
			}
			for (JsonNode entry : entries) {
				ids.add(entry.get("payload").get("id").asString());
				from = entry.get("seq").asLong() + 1;
			}
		}
	}

	private static Process start(Path data, int port, String... command) throws IOException {
		List<String> arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), "org.reassure.ReassureApplication"));
		arguments.addAll(List.of(command));
		arguments.add("--reassure.data-dir=" + data);
		// not the default CoT port 8087, which any other platform on the machine may hold
		arguments.add("--reassure.monitoring.cot.tcp-port=-1");
		ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
		builder.environment().put("REASSURE_ADMIN_PASSWORD", PASSWORD);
		if (command[0].equals("serve")) {
			builder.redirectOutput(data.resolve("server-" + port + "-" + System.nanoTime() + ".out").toFile());
		}
		return builder.start();
	}

	private void awaitHealthy(int port, Process server) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			assertThat(server.isAlive()).as("the platform exited during start").isTrue();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the platform did not become healthy in 90 s");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
