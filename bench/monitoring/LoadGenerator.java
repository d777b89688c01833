import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for Reassure's monitoring ingest: realistic Cursor-on-Target or JSON reports along the synthetic
 * 1,200 km line of contact, sent by many registered sensors over TCP (one connection each, port 8087) or HTTP.
 *
 * <p>Each event (an impact, outgoing fire, a drone strike, small arms...) is heard or seen by 3 to 6 sensors, each
 * reporting it within its accuracy; now and then a strike brings a barrage of 10 to 30 events within 2 km and
 * 40 s. Observation time is a replay of the recent past: it advances {@code --events-per-second} events per observed
 * second (default 5, a very heavy day along the whole line), however fast reports are sent, so fusion sees a
 * realistic density instead of the whole front in one incident. It starts {@code --history} hours ago; a second run
 * on the same platform must start later in observation time than the first one ended, or fusion finds it late.
 *
 * <p>Run with the JDK alone, from the repository root, against a running platform:
 * {@code java bench/monitoring/LoadGenerator.java --rate 20000 --duration 60 --transport tcp}. Options:
 * --url (http://127.0.0.1:8080), --admin-password (or REASSURE_ADMIN_PASSWORD), --cot-port (8087), --transport
 * (tcp | http), --rate (reports/s, 0 for as fast as possible), --duration (s), --sources (48), --history (h, 24),
 * --events-per-second (5), --seed (1). It registers its sources through the API, prints progress every 5 s and a
 * summary: reports sent, acknowledged (durably stored), rate, acknowledgement latency, and the platform's pipeline
 * statistics (stored, late, open incidents).
 *
 * <p>Replaying at thousands of times real time turns milliseconds of scheduling jitter between sensors into minutes
 * of observation time, which fusion would refuse as late (120 s by default, right for real-time feeds): run the
 * platform with {@code --reassure.monitoring.fusion.allowed-lateness=1h} under this generator, and allow its 48
 * connections from one address ({@code --reassure.monitoring.cot.max-connections-per-address=64}), as
 * {@code bench/monitoring/run.sh} does.
 */
public class LoadGenerator {

	private static final String[] TYPES = { "ACOUSTIC", "ACOUSTIC", "ACOUSTIC", "ACOUSTIC", "ACOUSTIC", "ACOUSTIC", "RADAR", "DRONE", "DRONE",
			"OBSERVER" };
	private static final String[] CATEGORIES = { "EXPLOSION_IMPACT", "EXPLOSION_IMPACT", "EXPLOSION_IMPACT", "OUTGOING_FIRE", "DRONE_STRIKE",
			"SMALL_ARMS", "MUZZLE_FLASH", "PROJECTILE_IN_FLIGHT" };
	private static final Pattern COORDINATE = Pattern.compile("\\[\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*]");
	private static final Pattern ACK = Pattern.compile("accepted=\"(\\d+)\"");
	/** Reports a sensor may have waiting; a full queue holds the generator back, so no sensor falls far behind. */
	private static final int QUEUE = 1_000;
	/** Unacknowledged writes (of up to {@value #CHUNK} reports) a sensor may have on its connection. */
	private static final int WINDOW = 2;
	private static final int CHUNK = 250;

	private final Map<String, String> options;
	private final Random random;
	private final double[] lineLat;
	private final double[] lineLon;
	private final List<Sensor> sensors = new ArrayList<>();
	private final AtomicLong sent = new AtomicLong();
	private final AtomicLong acknowledged = new AtomicLong();
	private final AtomicLong failed = new AtomicLong();
	private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private volatile boolean running = true;
	private long eventNumber;

	/** One registered sensor with its own connection and queue of reports. */
	private final class Sensor {

		final String id;
		final String type;
		final String token;
		final double accuracyM;
		final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
		final ConcurrentLinkedQueue<long[]> inFlight = new ConcurrentLinkedQueue<>();
		/** Writes not yet acknowledged: a sensor waits for its acknowledgements, as an at-least-once sender does. */
		final Semaphore window = new Semaphore(WINDOW);
		volatile long written;
		/** The platform closed the connection (refused it, or rejected an event): no more reports go to this sensor. */
		volatile boolean lost;

		Sensor(String id, String type, String token) {
			this.id = id;
			this.type = type;
			this.token = token;
			this.accuracyM = type.equals("ACOUSTIC") ? 100 + random.nextInt(300) : 20 + random.nextInt(80);
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		new LoadGenerator(options).run();
	}

	private LoadGenerator(Map<String, String> options) throws IOException {
		this.options = options;
		this.random = new Random(Long.parseLong(option("seed", "1")));
		String line = Files.readString(Path.of(option("line", "src/main/resources/geo/line-of-contact.synthetic.geojson")));
		List<double[]> points = new ArrayList<>();
		for (Matcher m = COORDINATE.matcher(line); m.find();) {
			points.add(new double[] { Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1)) });
		}
		lineLat = points.stream().mapToDouble(p -> p[0]).toArray();
		lineLon = points.stream().mapToDouble(p -> p[1]).toArray();
	}

	private String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	private void run() throws Exception {
		register(Integer.parseInt(option("sources", "48")));
		boolean tcp = option("transport", "tcp").equals("tcp");
		for (Sensor sensor : sensors) {
			Thread sender = new Thread(() -> {
				try {
					if (tcp) {
						streamCot(sensor);
					}
					else {
						postJson(sensor);
					}
				}
				catch (IOException | InterruptedException e) {
					System.err.println(sensor.id + ": " + e.getMessage());
				}
			}, "sensor-" + sensor.id);
			sender.setDaemon(true);
			sender.start();
		}
		generate(tcp, Integer.parseInt(option("rate", "20000")), Integer.parseInt(option("duration", "60")));
	}

	/** Produces events at the rate for the duration, then waits up to 30 s for the last acknowledgements. */
	private void generate(boolean cot, int rate, int seconds) throws Exception {
		double eventsPerObservedSecond = Double.parseDouble(option("events-per-second", "5"));
		long observedMs = Instant.now().minus(Duration.ofHours(Long.parseLong(option("history", "24")))).toEpochMilli();
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		long nextReport = 0;
		long lastPrint = start;
		long produced = 0;
		while (System.nanoTime() < end) {
			if (rate > 0) {
				long due = start + (long) (nextReport * 1e9 / rate);
				for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
					LockSupport.parkNanos(wait);
				}
			}
			observedMs += (long) (1000 / eventsPerObservedSecond);
			int burst = random.nextInt(200) == 0 ? 10 + random.nextInt(21) : 1;
			double[] centre = nearLine(20);
			for (int b = 0; b < burst; b++) {
				double[] where = burst == 1 ? centre : offset(centre, 2_000);
				long at = observedMs + (burst == 1 ? 0 : random.nextInt(40_000));
				int reports = event(cot, where, at);
				nextReport += reports;
				produced += reports;
			}
			if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(5)) {
				lastPrint = System.nanoTime();
				progress(start, produced);
			}
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (acknowledged.get() + failed.get() < produced && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		long finished = System.nanoTime();
		running = false;
		summary(start, finished, produced);
		System.out.println("platform: " + get("/api/v1/monitoring/pipeline"));
	}

	private Sensor liveSensor() {
		for (int attempt = 0; attempt < 8; attempt++) {
			Sensor sensor = sensors.get(random.nextInt(sensors.size()));
			if (!sensor.lost) {
				return sensor;
			}
		}
		List<Sensor> live = sensors.stream().filter(sensor -> !sensor.lost).toList();
		if (live.isEmpty()) {
			throw new IllegalStateException("the platform closed every sensor's connection");
		}
		return live.get(random.nextInt(live.size()));
	}

	/** One event seen by 3 to 6 distinct sensors; returns how many reports it made. */
	private int event(boolean cot, double[] where, long observedMs) throws InterruptedException {
		String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
		int count = 3 + random.nextInt(4);
		long event = ++eventNumber;
		for (int s = 0; s < count; s++) {
			Sensor sensor = liveSensor();
			double[] seen = offset(where, sensor.accuracyM);
			Instant at = Instant.ofEpochMilli(Math.min(System.currentTimeMillis(), observedMs + random.nextInt(4_000)));
			String uid = sensor.id + "-e" + event + "-" + s;
			String report = cot ? cot(sensor, uid, seen, at, category) : json(sensor, uid, seen, at, category);
			sensor.queue.put(report);
		}
		return count;
	}

	private void streamCot(Sensor sensor) throws IOException, InterruptedException {
		try (Socket socket = new Socket(option("cot-host", "127.0.0.1"), Integer.parseInt(option("cot-port", "8087")))) {
			socket.setTcpNoDelay(true);
			OutputStream out = socket.getOutputStream();
			out.write(("<auth><cot username=\"" + sensor.id + "\" password=\"" + sensor.token + "\"/></auth>").getBytes(StandardCharsets.UTF_8));
			Thread reader = new Thread(() -> readAcks(sensor, socket), "acks-" + sensor.id);
			reader.setDaemon(true);
			reader.start();
			List<String> chunk = new ArrayList<>();
			while (running && !sensor.lost) {
				String first = sensor.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				chunk.add(first);
				sensor.queue.drainTo(chunk, CHUNK - 1);
				while (!sensor.window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
					if (!running) {
						return;
					}
				}
				if (sensor.lost) {
					return;
				}
				StringBuilder bytes = new StringBuilder();
				chunk.forEach(bytes::append);
				sensor.written += chunk.size();
				sensor.inFlight.add(new long[] { sensor.written, System.nanoTime() });
				out.write(bytes.toString().getBytes(StandardCharsets.UTF_8));
				out.flush();
				sent.addAndGet(chunk.size());
				chunk.clear();
			}
		}
	}

	/** Acknowledgements carry the connection's total of durable reports; each closes the writes it covers. */
	private void readAcks(Sensor sensor, Socket socket) {
		long previous = 0;
		try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				Matcher ack = ACK.matcher(line);
				if (!ack.find()) {
					System.err.println(sensor.id + ": " + line);
					continue;
				}
				long accepted = Long.parseLong(ack.group(1));
				acknowledged.addAndGet(accepted - previous);
				previous = accepted;
				for (long[] write = sensor.inFlight.peek(); write != null && write[0] <= accepted; write = sensor.inFlight.peek()) {
					latencies.add(System.nanoTime() - write[1]);
					sensor.inFlight.poll();
					sensor.window.release();
				}
			}
			if (running) {
				System.err.println(sensor.id + ": the platform closed the connection");
			}
		}
		catch (IOException e) {
			if (running) {
				System.err.println(sensor.id + ": connection lost: " + e.getMessage());
			}
		}
		lose(sensor, previous);
	}

	/** Counts what the sensor had queued or in flight as failed, and sends it nothing more. */
	private void lose(Sensor sensor, long acknowledgedOnConnection) {
		sensor.lost = true;
		failed.addAndGet(sensor.written - acknowledgedOnConnection + sensor.queue.size());
		sensor.queue.clear();
		sensor.window.release(WINDOW);
	}

	private void postJson(Sensor sensor) throws IOException, InterruptedException {
		List<String> chunk = new ArrayList<>();
		while (running) {
			String first = sensor.queue.poll(100, TimeUnit.MILLISECONDS);
			if (first == null) {
				continue;
			}
			chunk.add(first);
			sensor.queue.drainTo(chunk, CHUNK - 1);
			long posted = System.nanoTime();
			sent.addAndGet(chunk.size());
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(option("url", "http://127.0.0.1:8080") + "/api/v1/monitoring/reports"))
				.header("Authorization", "Source " + sensor.token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", chunk) + "]"))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 202) {
				acknowledged.addAndGet(chunk.size());
				latencies.add(System.nanoTime() - posted);
			}
			else {
				failed.addAndGet(chunk.size());
				System.err.println(sensor.id + ": " + response.statusCode() + " " + response.body());
			}
			chunk.clear();
		}
	}

	private void register(int count) throws IOException, InterruptedException {
		String basic = adminAuthorization();
		String run = Long.toString(System.currentTimeMillis(), 36);
		for (int i = 0; i < count; i++) {
			String type = TYPES[i % TYPES.length];
			String id = "gen-" + run + "-" + type.toLowerCase(Locale.ROOT) + "-" + i;
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(option("url", "http://127.0.0.1:8080") + "/api/v1/monitoring/sources"))
				.header("Authorization", basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\",\"name\":\"Load generator sensor\",\"sourceType\":\"" + type + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
			if (response.statusCode() != 201 || !token.find()) {
				throw new IllegalStateException("cannot register a source (" + response.statusCode() + "): " + response.body());
			}
			sensors.add(new Sensor(id, type, token.group(1)));
		}
	}

	/** A point up to {@code spreadKm} from a random vertex of the line. */
	private double[] nearLine(double spreadKm) {
		int vertex = random.nextInt(lineLat.length);
		return offset(new double[] { lineLat[vertex], lineLon[vertex] }, spreadKm * 1_000);
	}

	/** A point up to about {@code metres} from the given one. */
	private double[] offset(double[] point, double metres) {
		double north = random.nextGaussian() * metres / 2;
		double east = random.nextGaussian() * metres / 2;
		return new double[] { point[0] + north / 111_195, point[1] + east / (111_195 * Math.cos(Math.toRadians(point[0]))) };
	}

	private static String cot(Sensor sensor, String uid, double[] at, Instant time, String category) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><event version=\"2.0\" uid=\"" + uid + "\" type=\"a-h-G\" how=\"m-g\" time=\"" + time
				+ "\" start=\"" + time + "\" stale=\"" + time.plusSeconds(600) + "\"><point lat=\"" + at[0] + "\" lon=\"" + at[1] + "\" hae=\"0\" ce=\""
				+ sensor.accuracyM + "\" le=\"9999999\"/><detail><contact callsign=\"" + sensor.id + "\"/><reassure category=\"" + category
				+ "\" sourceType=\"" + sensor.type + "\" confidence=\"0.8\"/></detail></event>\n";
	}

	private static String json(Sensor sensor, String uid, double[] at, Instant time, String category) {
		return "{\"sourceId\":\"" + sensor.id + "\",\"sourceType\":\"" + sensor.type + "\",\"eventUid\":\"" + uid + "\",\"observedAt\":\"" + time
				+ "\",\"lat\":" + at[0] + ",\"lon\":" + at[1] + ",\"accuracyM\":" + sensor.accuracyM + ",\"category\":\"" + category
				+ "\",\"confidence\":0.8}";
	}

	private void progress(long start, long produced) {
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "%5.0f s: produced %d, sent %d, acknowledged %d (%.0f/s)%n", seconds, produced, sent.get(), acknowledged.get(),
				acknowledged.get() / seconds);
	}

	/** Rates count from the start to the last acknowledgement. */
	private void summary(long start, long finished, long produced) {
		double seconds = (finished - start) / 1e9;
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "%s, %d sources: %d reports produced; %d acknowledged (durably stored) in %.1f s: %.0f reports/s; failed %d; "
				+ "acknowledgement latency p50 %.1f ms, p99 %.1f ms%n", option("transport", "tcp"), sensors.size(), produced, acknowledged.get(), seconds,
				acknowledged.get() / seconds, failed.get(), percentile(sorted, 50), percentile(sorted, 99));
	}

	private String get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(option("url", "http://127.0.0.1:8080") + path)).header("Authorization", adminAuthorization()).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	private String adminAuthorization() {
		String password = option("admin-password", System.getenv().getOrDefault("REASSURE_ADMIN_PASSWORD", ""));
		return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static double percentile(long[] sorted, int percentile) {
		return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
	}
}
