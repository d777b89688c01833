package org.reassure.monitoring.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reassure.monitoring.CotClient;
import org.reassure.monitoring.LiveReports;
import org.reassure.monitoring.TestSources;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reports over the network: Cursor-on-Target on the plain TCP port (auth element) and the TLS port (pinned client
 * certificate), and MQTT through the Mosquitto broker on 127.0.0.1:1883. Misbehaving clients are counted, logged and
 * disconnected while well-behaved ones go on. Short timeouts keep the slow-client tests short.
 */
@SpringBootTest(properties = { "reassure.monitoring.cot.event-timeout=1s", "reassure.monitoring.cot.idle-timeout=4s",
		"reassure.monitoring.mqtt.broker-url=tcp://127.0.0.1:1883", "reassure.monitoring.mqtt.topic=reassure-test/${random.uuid}/reports",
		"reassure.monitoring.mqtt.client-id=reassure-test-${random.uuid}" })
@AutoConfigureMockMvc
class NetworkIngestTest {

	static final TestCertificates CERTIFICATES = TestCertificates.create();

	@DynamicPropertySource
	static void listenerKeys(DynamicPropertyRegistry properties) {
		properties.add("reassure.monitoring.cot.tls.key-store", () -> CERTIFICATES.store("server").toString());
		properties.add("reassure.monitoring.cot.tls.key-store-password", () -> TestCertificates.PASSWORD);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CotListeners listeners;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MonitoringProperties properties;

	String source;
	String token;

	@BeforeEach
	void registerSource() throws Exception {
		source = LiveReports.sourceId("acoustic");
		token = TestSources.register(mvc, source, "ACOUSTIC");
	}

	@Nested
	class CursorOnTargetOverTcp {

		@Test
		void acknowledgesSeveralEventsOfOneConnectionOnceStored() throws Exception {
			try (CotClient client = CotClient.connect(listeners.tcpPort()).authenticate(source, token)) {
				client.send(events(3));
				client.awaitLine("accepted=\"3\"");
				client.send(events(2));
				client.awaitLine("accepted=\"5\"");
			}
			assertThat(stored(source)).isEqualTo(5);
		}

		@Test
		void disconnectsAClientSendingGarbageAndCountsIt() throws Exception {
			double before = rejections("tcp");
			try (CotClient client = CotClient.connect(listeners.tcpPort()).authenticate(source, token)) {
				client.send(events(1) + "\u0000\u0001 this is not XML <<<");
				assertThat(client.awaitLine("reassure-nack")).contains("event=\"1\"");
				assertThat(client.closedByListener()).isTrue();
			}
			assertThat(stored(source)).isEqualTo(1);
			assertThat(rejections("tcp")).isEqualTo(before + 1);
		}

		@Test
		void disconnectsASourceWritingAsAnother() throws Exception {
			try (CotClient client = CotClient.connect(listeners.tcpPort()).authenticate(source, token)) {
				client.send(events(1) + LiveReports.cot("someone-else", "ACOUSTIC", LiveReports.uid()));
				assertThat(client.awaitLine("reassure-nack")).contains("sourceId");
				assertThat(client.closedByListener()).isTrue();
			}
			assertThat(stored(source)).isEqualTo(1);
		}

		@Test
		void refusesAClientWithoutValidCredentials() throws Exception {
			try (CotClient client = CotClient.connect(listeners.tcpPort())) {
				client.send(events(1));
				assertThat(client.awaitLine("reassure-nack")).contains("auth");
				assertThat(client.closedByListener()).isTrue();
			}
			try (CotClient client = CotClient.connect(listeners.tcpPort()).authenticate(source, "rsm_forged")) {
				assertThat(client.awaitLine("reassure-nack")).contains("unknown source or token");
			}
			assertThat(stored(source)).isZero();
		}

		@Test
		void refusesConnectionsBeyondThoseAllowedPerAddressSayingWhyAndKeepsServingTheOthers() throws Exception {
			int allowed = properties.cot().maxConnectionsPerAddress();
			double before = meters.counter("reassure.monitoring.cot.disconnects", "transport", "tcp", "outcome", "refused-address").count();
			List<CotClient> admitted = new ArrayList<>();
			try {
				for (int i = 0; i < allowed; i++) {
					admitted.add(CotClient.connect(listeners.tcpPort()).authenticate(source, token));
				}
				try (CotClient refused = CotClient.connect(listeners.tcpPort())) {
					assertThat(refused.awaitLine("reassure-nack")).contains("event=\"connection\"").contains("more than " + allowed + " connections from this address");
					assertThat(refused.closedByListener()).isTrue();
				}
				admitted.get(0).send(events(1)).awaitLine("accepted=\"1\"");
			}
			finally {
				for (CotClient client : admitted) {
					client.close();
				}
			}
			assertThat(meters.counter("reassure.monitoring.cot.disconnects", "transport", "tcp", "outcome", "refused-address").count()).isEqualTo(before + 1);
		}

		@Test
		void disconnectsAClientThatTricklesAnEvent() throws Exception {
			try (CotClient client = CotClient.connect(listeners.tcpPort()).authenticate(source, token)) {
				long start = System.nanoTime();
				String event = events(1);
				try {
					for (int i = 0; i < event.length() && i < 20; i++) {
						client.send(event.substring(i, i + 1));
						Thread.sleep(200);
					}
					assertThat(client.closedByListener()).isTrue();
				}
				catch (IOException closedUnderTheTrickle) {
					// the listener closed the connection while the client was still writing
				}
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
			}
			assertThat(meters.counter("reassure.monitoring.cot.disconnects", "transport", "tcp", "outcome", "stalled").count()).isPositive();
		}

		@Test
		void disconnectsAnOversizedEvent() throws Exception {
			try (CotClient client = CotClient.connect(listeners.tcpPort()).authenticate(source, token)) {
				client.send(LiveReports.cot(source, "ACOUSTIC", LiveReports.uid()).replace("<detail>", "<detail><remarks>" + "x".repeat(70_000) + "</remarks>"));
				assertThat(client.awaitLine("reassure-nack")).contains("larger than");
			}
		}

		@Test
		void keepsServingWellBehavedClientsWhileOthersMisbehave() throws Exception {
			int clients = 6;
			int perClient = 300;
			List<String> sources = new ArrayList<>();
			List<String> tokens = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				sources.add(LiveReports.sourceId("acoustic"));
				tokens.add(TestSources.register(mvc, sources.get(i), "ACOUSTIC"));
			}
			ExecutorService pool = Executors.newFixedThreadPool(clients + 4);
			try {
				List<Future<?>> attackers = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					attackers.add(pool.submit(() -> garbage(listeners.tcpPort())));
					attackers.add(pool.submit(() -> trickle(listeners.tcpPort())));
				}
				List<Future<String>> good = new ArrayList<>();
				for (int i = 0; i < clients; i++) {
					String id = sources.get(i);
					String secret = tokens.get(i);
					good.add(pool.submit(() -> {
						try (CotClient client = CotClient.connect(listeners.tcpPort()).authenticate(id, secret)) {
							for (int sent = 0; sent < perClient; sent += 50) {
								client.send(events(id, 50));
							}
							return client.awaitLine("accepted=\"" + perClient + "\"");
						}
					}));
				}
				for (Future<String> client : good) {
					assertThat(client.get()).contains("duplicates=\"0\"");
				}
				for (Future<?> attacker : attackers) {
					attacker.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
			for (String id : sources) {
				assertThat(stored(id)).isEqualTo(perClient);
			}
			try (CotClient client = CotClient.connect(listeners.tcpPort()).authenticate(source, token)) {
				client.send(events(1));
				client.awaitLine("accepted=\"1\"");
			}
		}

		private Void garbage(int port) throws IOException {
			try (CotClient client = CotClient.connect(port).authenticate(source, token)) {
				client.send("<event uid=\"x\">" + "\u0007garbage".repeat(100));
				client.closedByListener();
			}
			return null;
		}

		private Void trickle(int port) throws IOException, InterruptedException {
			try (CotClient client = CotClient.connect(port).authenticate(source, token)) {
				for (int i = 0; i < 10; i++) {
					client.send("<");
					Thread.sleep(300);
				}
				client.closedByListener();
			}
			catch (IOException closed) {
				// the listener closed the connection under the trickle, as it should
			}
			return null;
		}
	}

	@Nested
	class CursorOnTargetOverTls {

		@Test
		void takesTheSourceFromItsPinnedClientCertificate() throws Exception {
			String pinned = LiveReports.sourceId("acoustic");
			TestSources.register(mvc, pinned, "ACOUSTIC", CERTIFICATES.fingerprint("sensor"));
			try (CotClient client = CotClient.connectTls(listeners.tlsPort(), CERTIFICATES.clientContext("sensor"))) {
				client.send(events(pinned, 3));
				client.awaitLine("accepted=\"3\"");
			}
			assertThat(stored(pinned)).isEqualTo(3);
		}

		@Test
		void refusesACertificatePinnedToNoSource() throws Exception {
			assertThatThrownBy(() -> {
				try (CotClient client = CotClient.connectTls(listeners.tlsPort(), CERTIFICATES.clientContext("stranger"))) {
					client.send(events(1));
					client.line();
				}
			}).isInstanceOf(IOException.class);
		}
	}

	@Nested
	class Mqtt {

		@Test
		void ingestsMessagesOfRegisteredSourcesAndCountsTheOthers() throws Exception {
			double before = meters.counter("reassure.monitoring.rejections", "transport", "mqtt", "outcome", "refused").count();
			MqttClient publisher = new MqttClient("tcp://127.0.0.1:1883", "reassure-test-publisher-" + LiveReports.uid(), new MemoryPersistence());
			MqttConnectOptions options = new MqttConnectOptions();
			options.setCleanSession(true);
			publisher.connect(options);
			try {
				publish(publisher, "Source rsm_forged json\n" + LiveReports.json(source, "ACOUSTIC", LiveReports.uid()));
				publish(publisher, "not an envelope");
				publish(publisher, "Source " + token + " json\n" + LiveReports.json(source, "ACOUSTIC", LiveReports.uid()));
				publish(publisher, "Source " + token + " cot\n" + events(2));
			}
			finally {
				publisher.disconnect();
				publisher.close();
			}
			awaitStored(source, 3);
			assertThat(meters.counter("reassure.monitoring.rejections", "transport", "mqtt", "outcome", "refused").count()).isEqualTo(before + 2);
		}

		private void publish(MqttClient publisher, String message) throws Exception {
			MqttMessage mqtt = new MqttMessage(message.getBytes(StandardCharsets.UTF_8));
			mqtt.setQos(1);
			publisher.publish(properties.mqtt().topic(), mqtt);
		}
	}

	private String events(int count) {
		return events(source, count);
	}

	private static String events(String source, int count) {
		StringBuilder events = new StringBuilder();
		for (int i = 0; i < count; i++) {
			events.append(LiveReports.cot(source, "ACOUSTIC", LiveReports.uid()));
		}
		return events.toString();
	}

	private long stored(String sourceId) {
		return jdbc.sql("SELECT COUNT(*) FROM monitoring_reports WHERE source_id = ?").param(sourceId).query(Long.class).single();
	}

	private void awaitStored(String sourceId, long count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (stored(sourceId) < count && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(stored(sourceId)).isEqualTo(count);
	}

	private double rejections(String transport) {
		return meters.counter("reassure.monitoring.rejections", "transport", transport, "outcome", "rejected").count();
	}
}
