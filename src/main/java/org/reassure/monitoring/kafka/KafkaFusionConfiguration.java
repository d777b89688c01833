package org.reassure.monitoring.kafka;

import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.reassure.monitoring.pipeline.IncidentCommit;
import org.reassure.monitoring.store.FusionProgress;
import org.reassure.monitoring.store.MonitoringLog;
import org.reassure.monitoring.store.ReportBatches;
import org.reassure.monitoring.store.StoredIncidents;
import org.reassure.monitoring.store.StoredReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The Kafka mode, only when {@code reassure.monitoring.kafka.bootstrap-servers} is set: without it none of these
 * beans exists and no Kafka client class is loaded. Creates the report topic if missing (the platform does not start
 * without its broker), hands the pipeline's committed batches to it, and runs one fusion member of the consumer group;
 * the last two only while {@code reassure.listeners.enabled}, as the pipeline.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${reassure.monitoring.kafka.bootstrap-servers:}'.isBlank()")
class KafkaFusionConfiguration {

	private static final long RETRY_MILLIS = 1_000;

	@Bean
	CellGrid reportCells(MonitoringProperties properties) {
		MonitoringProperties.Kafka kafka = properties.kafka();
		if (kafka.haloKm() < properties.fusion().maxDistanceM() / 1000) {
			throw new IllegalArgumentException("reassure.monitoring.kafka.halo-km must be at least fusion.max-distance-m (in km)");
		}
		return new CellGrid(kafka.cellDegrees(), kafka.haloKm(), kafka.partitions());
	}

	/** Creates the topic on start; command-line tools (listeners off) neither create it nor need the broker. */
	@Bean
	KafkaAdmin reportTopicAdmin(MonitoringProperties properties, @Value("${reassure.listeners.enabled:true}") boolean enabled) {
		KafkaAdmin admin = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers()));
		admin.setAutoCreate(enabled);
		admin.setFatalIfBrokerNotAvailable(enabled);
		return admin;
	}

	@Bean
	NewTopic reportTopicDefinition(MonitoringProperties properties) {
		MonitoringProperties.Kafka kafka = properties.kafka();
		return new NewTopic(kafka.topic(), kafka.partitions(), kafka.replicationFactor());
	}

	@Bean
	FusionMember fusionMember(CellGrid grid, MonitoringProperties properties, GeoTagger tagger, IncidentCommit commit, FusionProgress progress,
			MonitoringLog log, StoredIncidents incidents, StoredReports reports, ReportBatches batches, TransactionTemplate transactions) {
		return new FusionMember(grid, properties.fusion().settings(), tagger, commit, progress, log, incidents, reports, batches, transactions);
	}

	@Bean
	ReportTopic reportTopic(MonitoringProperties properties, CellGrid grid, FusionProgress progress, MonitoringLog log, FusionMember member) {
		return new ReportTopic(properties.kafka(), grid, progress, log, member);
	}

	@Bean
	KafkaMessageListenerContainer<String, byte[]> fusionConsumer(MonitoringProperties properties, FusionMember member,
			@Value("${reassure.listeners.enabled:true}") boolean enabled) {
		MonitoringProperties.Kafka kafka = properties.kafka();
		DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				kafka.bootstrapServers(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.MAX_POLL_RECORDS_CONFIG, kafka.maxPollRecords()), new StringDeserializer(), new ByteArrayDeserializer());
		ContainerProperties container = new ContainerProperties(kafka.topic());
		container.setGroupId(kafka.groupId());
		container.setAckMode(ContainerProperties.AckMode.BATCH);
		container.setMessageListener(member);
		container.setConsumerRebalanceListener(member);
		container.setPollTimeout(500);
		KafkaMessageListenerContainer<String, byte[]> consumer = new KafkaMessageListenerContainer<>(consumers, container);
		consumer.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(RETRY_MILLIS, FixedBackOff.UNLIMITED_ATTEMPTS)));
		consumer.setAutoStartup(enabled);
		return consumer;
	}
}
