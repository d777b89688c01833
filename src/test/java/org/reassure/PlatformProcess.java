package org.reassure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The platform as a separate JVM, started the way an operator starts it, so that tests can kill
 * it with SIGKILL and start it again on the same data.
 */
public final class PlatformProcess implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	private final Path dataDir;
	private final List<String> databaseArguments;
	private final int port;
	private final int cotPort;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final List<String> launch;
	private Process process;

	private PlatformProcess(Path dataDir, List<String> databaseArguments, List<String> launch) {
		this.dataDir = dataDir;
		this.databaseArguments = databaseArguments;
		this.launch = launch;
		this.port = freePort();
		this.cotPort = freePort();
	}

	/** A platform on its own data: a SQLite file under dataDir, or a fresh PostgreSQL schema when the suite runs on PostgreSQL. */
	public static PlatformProcess onOwnDatabase(Path dataDir) {
		List<String> database = new ArrayList<>();
		if (TestDatabase.onPostgres()) {
			String schema = "p_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			database.add("--spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + schema);
			database.add("--spring.datasource.username=postgres");
			database.add("--spring.flyway.schemas=" + schema);
			database.add("--spring.flyway.create-schemas=true");
		}
		return new PlatformProcess(dataDir, database, List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.reassure.ReassureApplication"));
	}

	/**
	 * The same platform started as the README's production command starts it: the unpacked jar that {@code mvn package}
	 * builds, its class data sharing archive and the application context processed ahead of time.
	 */
	public PlatformProcess packagedFastStart() {
		Path unpacked = Path.of("target", "reassure").toAbsolutePath();
		return new PlatformProcess(dataDir, databaseArguments, List.of("-XX:SharedArchiveFile=" + unpacked.resolve("reassure.jsa"),
				"-Dspring.aot.enabled=true", "-jar", unpacked.resolve("reassure.jar").toString()));
	}

	public PlatformProcess start() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(launch);
		command.addAll(List.of("serve", "--server.port=" + port, "--reassure.monitoring.cot.tcp-port=" + cotPort, "--reassure.data-dir=" + dataDir));
		command.addAll(databaseArguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dataDir.resolve("console.log").toFile());
		builder.environment().put("REASSURE_ADMIN_PASSWORD", ADMIN_PASSWORD);
		process = builder.start();
		awaitReady();
		return this;
	}

	/** The web server's base address, e.g. {@code http://127.0.0.1:41234}. */
	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + port);
	}

	/** What the platform printed so far. */
	public String console() throws IOException {
		return Files.readString(dataDir.resolve("console.log"));
	}

	/** The plain Cursor-on-Target port. */
	public int cotPort() {
		return cotPort;
	}

	/** SIGKILL: no shutdown hook, no flush, as when the power goes. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes()))
			.header("Accept", "application/json");
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void awaitReady() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the platform exited with " + process.exitValue() + "; see " + dataDir.resolve("console.log"));
			}
			try {
				HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// the port is not open yet: keep polling until the deadline
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the platform was not ready within 90 s; see " + dataDir.resolve("console.log"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			kill();
		}
	}
}
