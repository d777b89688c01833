import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single-command API path: clients each send one write at a time (POST /api/v1/tokens, one
 * command, one ledger entry, one durable commit) for a while; prints writes per second and latency
 * percentiles. Run against a started platform:
 *
 *   java -jar target/reassure.jar serve --reassure.data-dir=/tmp/api-bench &
 *   java bench/ledger/ApiAppendLoad.java http://127.0.0.1:8080 admin "$REASSURE_ADMIN_PASSWORD" 8 30
 */
public class ApiAppendLoad {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
		int clients = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<String> issued = http.send(post(base, basic, "{\"name\":\"api-load\"}"), HttpResponse.BodyHandlers.ofString());
		if (issued.statusCode() != 201) {
			throw new IllegalStateException("could not issue an API token: " + issued.statusCode() + " " + issued.body());
		}
		String bearer = "Bearer " + issued.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");

		long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		long end = warmUpEnd + TimeUnit.SECONDS.toNanos(seconds);
		AtomicLong failures = new AtomicLong();
		ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			int client = c;
			pool.execute(() -> {
				long[] mine = new long[1 << 20];
				int count = 0;
				for (int i = 0; System.nanoTime() < end; i++) {
					long start = System.nanoTime();
					try {
						HttpResponse<String> response = http.send(post(base, bearer, "{\"name\":\"load-" + client + "-" + i + "\"}"),
								HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 201) {
							failures.incrementAndGet();
						}
					}
					catch (Exception e) {
						failures.incrementAndGet();
					}
					if (start > warmUpEnd && count < mine.length) {
						mine[count++] = System.nanoTime() - start;
					}
				}
				latencies.add(Arrays.copyOf(mine, count));
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("%d clients, %d s: %,d writes, %,.0f writes/s, latency p50 %.1f ms, p99 %.1f ms, failures %d%n", clients, seconds, all.length,
				all.length / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, failures.get());
	}

	private static HttpRequest post(String base, String authorization, String body) {
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}
}
