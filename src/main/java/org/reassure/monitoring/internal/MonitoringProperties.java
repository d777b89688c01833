package org.reassure.monitoring.internal;

import java.time.Duration;

import org.reassure.monitoring.fusion.FusionSettings;
import org.reassure.monitoring.geo.GeoSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the monitoring module ({@code reassure.monitoring.*}); the defaults, with their meaning, are in
 * application.yml.
 */
@ConfigurationProperties("reassure.monitoring")
public record MonitoringProperties(Duration maxAhead, Duration maxAge, Fusion fusion, Geo geo, Pipeline pipeline, Http http, Cot cot,
		Mqtt mqtt, Kafka kafka) {

	public record Fusion(double maxDistanceM, Duration timeWindow, Duration allowedLateness) {

		public FusionSettings settings() {
			return new FusionSettings(maxDistanceM, timeWindow, allowedLateness);
		}

		/** An incident whose last report is this far behind the newest observation fused is closed. */
		public Duration horizon() {
			return timeWindow.plus(allowedLateness);
		}
	}

	public record Geo(double withdrawalKm, double bufferKm, int sectors) {

		public GeoSettings settings() {
			return new GeoSettings(withdrawalKm, bufferKm, sectors);
		}
	}

	/**
	 * @param queueCapacity reports accepted but not yet fused; a submitter waits while the queue is full
	 * @param maxBatch      most reports one group commit writes
	 * @param ackTimeout    how long a submitter waits for room in the queue, then for its commit
	 */
	public record Pipeline(int queueCapacity, int maxBatch, Duration ackTimeout) {

		public Pipeline {
			if (maxBatch < 1 || queueCapacity < maxBatch) {
				throw new IllegalArgumentException("reassure.monitoring.pipeline: need 1 <= max-batch <= queue-capacity, was " + maxBatch + " and "
						+ queueCapacity);
			}
		}
	}

	/**
	 * @param maxBodySize   largest JSON or Cursor-on-Target request body
	 * @param maxUploadSize largest CSV or GeoJSON upload
	 */
	public record Http(DataSize maxBodySize, DataSize maxUploadSize) {
	}

	/**
	 * @param tcpPort      plain Cursor-on-Target port; -1 turns the listener off, 0 picks a free port
	 * @param tlsPort      TLS port with client certificates; listens only when {@code tls.key-store} is set
	 * @param idleTimeout  a connection with no event under way is closed after this long without a byte
	 * @param eventTimeout an event must arrive whole within this long after its first byte (slowloris)
	 * @param writeTimeout an acknowledgement the client does not read within this long closes the connection
	 */
	public record Cot(int tcpPort, int tlsPort, String bindAddress, int maxConnections, int maxConnectionsPerAddress, Duration idleTimeout,
			Duration eventTimeout, Duration writeTimeout, Tls tls) {
	}

	/** The listener's own key and certificate (PKCS12 or JKS); clients are trusted by their registered fingerprint. */
	public record Tls(String keyStore, String keyStorePassword, String keyStoreType) {

		public boolean configured() {
			return keyStore != null && !keyStore.isBlank();
		}
	}

	/** An empty broker URL turns the subscription off. */
	public record Mqtt(String brokerUrl, String topic, String clientId, String username, String password) {

		public boolean configured() {
			return brokerUrl != null && !brokerUrl.isBlank();
		}
	}

	/**
	 * Fusion in Kafka consumers; an empty {@code bootstrapServers} keeps it off (fusion runs in the pipeline).
	 *
	 * @param topic             the report topic, created with {@code partitions} partitions if missing
	 * @param groupId           the consumer group of the fusion members
	 * @param cellDegrees       side of the geographic cells the reports are keyed by, in degrees of latitude and longitude
	 * @param haloKm            a report also goes to the partitions of the cells within this distance; fusion of a
	 *                          partition is exact for incidents no wider than this
	 * @param maxPollRecords    the most records a fusion member takes in one poll, fused and written in one transaction
	 * @param deliveryTimeout   how long the hand-over of a batch waits for an absent broker before it gives up, and the
	 *                          pipeline tries it again
	 */
	public record Kafka(String bootstrapServers, String topic, int partitions, short replicationFactor, String groupId, double cellDegrees,
			double haloKm, int maxPollRecords, Duration deliveryTimeout) {

		public Kafka {
			if (partitions < 1 || replicationFactor < 1 || !(cellDegrees > 0) || !(haloKm > 0) || maxPollRecords < 1) {
				throw new IllegalArgumentException(
						"reassure.monitoring.kafka: need partitions, replication-factor, cell-degrees, halo-km and max-poll-records above 0");
			}
			if (deliveryTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
				throw new IllegalArgumentException("reassure.monitoring.kafka.delivery-timeout: need at least 1 s, was " + deliveryTimeout);
			}
		}

		public boolean configured() {
			return bootstrapServers != null && !bootstrapServers.isBlank();
		}
	}
}
