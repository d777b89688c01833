package org.reassure.monitoring.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.reassure.monitoring.pipeline.FusionOutlet;
import org.reassure.monitoring.store.FusionProgress;
import org.reassure.monitoring.store.MonitoringLog;
import org.springframework.beans.factory.DisposableBean;

/**
 * Hands committed batches over to the report topic: each report, keyed by its cell, to every partition whose fusion
 * must see it ({@link CellGrid}), then the end of the batch to every partition; returns once the broker has
 * acknowledged all of it (acks=all, idempotent producer). Called by the pipeline's one hand-over thread.
 *
 * <p>While the broker is away an attempt fails once the producer gives up: records wait for the broker up to the
 * producer's {@code delivery.timeout.ms}, and once the producer has forgotten the topic's metadata (it does when no
 * broker answers) a send waits for it up to {@code max.block.ms}; both are {@code delivery-timeout} (by default
 * 2 min, Kafka's delivery timeout). The first such failure ends the attempt, and the pipeline tries again, sending
 * the batch whole (a record the broker already took comes twice; fusion does not fuse it twice). An attempt under
 * way completes as soon as the broker is back, so shorter limits would only log the outage more often. The
 * pipeline's stop does not wait for them: it interrupts the attempt, and the next start hands the batch over again.
 */
final class ReportTopic implements FusionOutlet, DisposableBean {

	private static final int LINGER_MS = 5;
	private static final int REQUEST_TIMEOUT_MS = 30_000;

	private final Producer<String, byte[]> producer;
	private final String topic;
	private final CellGrid grid;
	private final FusionProgress progress;
	private final MonitoringLog log;
	private final FusionMember member;

	ReportTopic(MonitoringProperties.Kafka settings, CellGrid grid, FusionProgress progress, MonitoringLog log, FusionMember member) {
		int deliveryMs = Math.toIntExact(settings.deliveryTimeout().toMillis());
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, LINGER_MS, ProducerConfig.CLIENT_ID_CONFIG, "reassure-reports",
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryMs, ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) deliveryMs,
				// Kafka wants a delivery timeout of at least the linger plus one request's timeout (30 s by default)
				ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(REQUEST_TIMEOUT_MS, deliveryMs - LINGER_MS),
				// a partition the broker has just created takes any sequence first: with requests in flight behind a
				// refused one (NOT_LEADER_OR_FOLLOWER while it becomes leader), a later batch is written first and the
				// refused one is then refused as out of order until the delivery timeout
				ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1),
				new StringSerializer(), new ByteArraySerializer());
		this.topic = settings.topic();
		this.grid = grid;
		this.progress = progress;
		this.log = log;
		this.member = member;
	}

	@Override
	public void handOver(long batchId, Report[] reports, long[] seqs, int count) {
		List<Future<RecordMetadata>> sent = new ArrayList<>(count + grid.partitions());
		for (int i = 0; i < count; i++) {
			byte[] value = ReportRecords.report(seqs[i], reports[i]);
			String cell = grid.cellOf(reports[i].position());
			for (int partition : grid.partitionsSeeing(reports[i].position())) {
				sent.add(send(new ProducerRecord<>(topic, partition, cell, value)));
			}
		}
		byte[] end = ReportRecords.batchEnd(batchId);
		for (int partition = 0; partition < grid.partitions(); partition++) {
			sent.add(send(new ProducerRecord<>(topic, partition, null, end)));
		}
		producer.flush();
		for (Future<RecordMetadata> acknowledged : sent) {
			await(acknowledged);
		}
	}

	/** The smallest batch the partitions have fused; a partition that has recorded nothing yet counts as the embedded fusion's progress. */
	@Override
	public long fusedBatch() {
		long[] fused = new long[grid.partitions()];
		Arrays.fill(fused, log.fusedBatch());
		for (FusionProgress.Partition partition : progress.all()) {
			if (partition.partition() < fused.length) {
				fused[partition.partition()] = partition.fusedBatch();
			}
		}
		return Arrays.stream(fused).min().orElse(0);
	}

	@Override
	public long lateReports() {
		return member.lateReports();
	}

	@Override
	public int openIncidents() {
		return member.openIncidents();
	}

	@Override
	public long failedIncidentWrites() {
		return member.failedWrites();
	}

	/**
	 * What is still unsent at close belongs to an attempt the pipeline's stop interrupted, and the next start hands
	 * it over again: waiting for it would only hold the stop up while the broker is away.
	 */
	@Override
	public void destroy() {
		producer.close(Duration.ZERO);
	}

	/**
	 * A send that failed at once (no metadata for the topic within {@code max.block.ms}) fails the attempt there,
	 * instead of every further record of the batch waiting as long.
	 */
	private Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
		Future<RecordMetadata> sending = producer.send(record);
		if (sending.isDone()) {
			await(sending);
		}
		return sending;
	}

	private static void await(Future<RecordMetadata> acknowledged) {
		try {
			acknowledged.get();
		}
		catch (ExecutionException e) {
			throw new KafkaException("the report topic refused a record", e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new KafkaException("interrupted while handing reports over", e);
		}
	}
}
