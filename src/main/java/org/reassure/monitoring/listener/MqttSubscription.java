package org.reassure.monitoring.listener;

import java.util.Optional;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.reassure.monitoring.IngestSession;
import org.reassure.monitoring.MonitoringSource;
import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.SourceRegistry;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.reassure.monitoring.pipeline.ReportPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Subscribes to {@code reassure.monitoring.mqtt.topic} (QoS 1, persistent session) and ingests each message
 * ({@link MqttEnvelope}). A message is acknowledged to the broker (PUBACK, manual acknowledgement) only once its
 * reports are durable, so the broker redelivers what the platform had not stored when it stopped. A message that is
 * not a valid envelope, names an unknown token or holds rejected parts is counted in
 * {@code reassure.monitoring.rejections} (transport mqtt), logged without its payload, and acknowledged: sending it
 * again would not help. Messages larger than {@code http.max-body-size} are refused the same way.
 */
@Component
public class MqttSubscription implements SmartLifecycle, MqttCallbackExtended {

	private static final Logger LOG = LoggerFactory.getLogger(MqttSubscription.class);
	private static final int QOS = 1;

	private final MonitoringProperties.Mqtt settings;
	private final DataSize maxMessage;
	private final ReportIngest ingest;
	private final SourceRegistry sources;
	private final MeterRegistry meters;
	private final boolean enabled;
	private MqttClient client;

	MqttSubscription(MonitoringProperties properties, ReportIngest ingest, SourceRegistry sources, MeterRegistry meters,
			@Value("${reassure.listeners.enabled:true}") boolean enabled) {
		this.settings = properties.mqtt();
		this.maxMessage = properties.http().maxBodySize();
		this.ingest = ingest;
		this.sources = sources;
		this.meters = meters;
		this.enabled = enabled;
	}

	@Override
	public void start() {
		if (!settings.configured()) {
			return;
		}
		try {
			client = new MqttClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
			client.setCallback(this);
			client.setManualAcks(true);
			client.connect(options());
			client.subscribe(settings.topic(), QOS);
			LOG.info("Subscribed to MQTT topic {} on {}", settings.topic(), settings.brokerUrl());
		}
		catch (MqttException e) {
			throw new IllegalStateException("cannot subscribe to " + settings.topic() + " on " + settings.brokerUrl() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void stop() {
		if (client == null) {
			return;
		}
		try {
			client.disconnect(5_000);
			client.close();
		}
		catch (MqttException e) {
			LOG.warn("MQTT disconnect: {}", e.getMessage());
		}
		client = null;
	}

	@Override
	public boolean isRunning() {
		return client != null;
	}

	@Override
	public boolean isAutoStartup() {
		return enabled;
	}

	@Override
	public int getPhase() {
		return ReportPipeline.PHASE + 1;
	}

	@Override
	public void connectComplete(boolean reconnect, String serverUri) {
		if (reconnect) {
			try {
				client.subscribe(settings.topic(), QOS);
			}
			catch (MqttException e) {
				LOG.error("MQTT resubscription to {} failed: {}", settings.topic(), e.getMessage());
			}
		}
	}

	@Override
	public void connectionLost(Throwable cause) {
		LOG.warn("MQTT connection to {} lost ({}); reconnecting", settings.brokerUrl(), cause.getMessage());
	}

	@Override
	public void messageArrived(String topic, MqttMessage message) {
		try {
			ingest(message);
		}
		catch (RuntimeException e) {
			// throwing here would make the client drop its connection; the message stays unacknowledged and comes again
			LOG.error("MQTT message {} on {} not ingested: {}", message.getId(), topic, e.getMessage());
			count("error");
		}
	}

	@Override
	public void deliveryComplete(IMqttDeliveryToken token) {
		// this client only subscribes
	}

	private void ingest(MqttMessage message) {
		byte[] bytes = message.getPayload();
		if (bytes.length > maxMessage.toBytes()) {
			refuse(message, "message larger than " + maxMessage.toBytes() + " bytes");
			return;
		}
		MqttEnvelope envelope;
		try {
			envelope = MqttEnvelope.open(bytes);
		}
		catch (MqttEnvelope.Refused e) {
			refuse(message, e.getMessage());
			return;
		}
		Optional<MonitoringSource> source = sources.byToken(envelope.token());
		if (source.isEmpty()) {
			refuse(message, "unknown or revoked source token");
			return;
		}
		IngestSession session = ingest.open(source.get(), envelope.format());
		ingest.parser(envelope.format()).parse(envelope.payload(), session);
		session.flushAsync().whenComplete((receipt, failure) -> {
			if (failure != null) {
				LOG.warn("MQTT message {} of source {} not stored ({}); left unacknowledged for redelivery", message.getId(), source.get().id(),
						failure.getMessage());
				return;
			}
			if (receipt.rejectedCount() > 0) {
				count("rejected");
				LOG.info("MQTT message {} of source {}: {} part(s) rejected", message.getId(), source.get().id(), receipt.rejectedCount());
			}
			complete(message);
		});
	}

	private void refuse(MqttMessage message, String reason) {
		count("refused");
		LOG.info("MQTT message {} refused: {}", message.getId(), reason);
		complete(message);
	}

	private void complete(MqttMessage message) {
		try {
			client.messageArrivedComplete(message.getId(), message.getQos());
		}
		catch (MqttException e) {
			LOG.warn("MQTT acknowledgement of message {} failed: {}", message.getId(), e.getMessage());
		}
	}

	private void count(String outcome) {
		meters.counter("reassure.monitoring.rejections", "transport", "mqtt", "outcome", outcome).increment();
	}

	private MqttConnectOptions options() {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setCleanSession(false);
		options.setAutomaticReconnect(true);
		options.setKeepAliveInterval(30);
		options.setConnectionTimeout(10);
		options.setMaxInflight(1_000);
		if (settings.username() != null && !settings.username().isBlank()) {
			options.setUserName(settings.username());
			options.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
		}
		return options;
	}
}
