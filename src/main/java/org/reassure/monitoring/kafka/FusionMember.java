package org.reassure.monitoring.kafka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.StoredReport;
import org.reassure.monitoring.fusion.FusionSettings;
import org.reassure.monitoring.pipeline.FusionTracker;
import org.reassure.monitoring.pipeline.IncidentCommit;
import org.reassure.monitoring.store.FusionProgress;
import org.reassure.monitoring.store.MonitoringLog;
import org.reassure.monitoring.store.ReportBatches;
import org.reassure.monitoring.store.StoredIncidents;
import org.reassure.monitoring.store.StoredReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One member of the fusion consumer group: one {@link PartitionFusion} per partition it owns. Each poll is fused per
 * partition, then the incident writes and every partition's progress are committed in one transaction, and only then
 * does the container commit the offsets (at least once: a record fused again is refused as a duplicate, and incident
 * writes are idempotent upserts). A partition this member gains is restored from the database before its first
 * record: the reports of the incidents still open at the partition's recorded progress, those the partition sees and
 * has fused (a poll may end within a batch, so that is the greatest seq it fused, not the end of a batch).
 * The database may be ahead of that progress (the other partitions went on meanwhile), so a stored incident of the
 * partition's own that the restored fusion finds merged into another is deleted with its first writes. If a write
 * fails, the partitions of the poll are forgotten and restored again when the poll is retried.
 */
final class FusionMember implements BatchMessageListener<String, byte[]>, ConsumerAwareRebalanceListener {

	private static final Logger LOG = LoggerFactory.getLogger(FusionMember.class);
	private static final Comparator<StoredReport> OBSERVATION_ORDER = Comparator.comparing((StoredReport r) -> r.report().observedAt())
		.thenComparing(r -> r.report().id());

	private final CellGrid grid;
	private final FusionSettings settings;
	private final GeoTagger tagger;
	private final IncidentCommit commit;
	private final FusionProgress progress;
	private final MonitoringLog log;
	private final StoredIncidents incidents;
	private final StoredReports reports;
	private final ReportBatches batches;
	private final TransactionTemplate transactions;
	private final Map<Integer, PartitionFusion> owned = new ConcurrentHashMap<>();
	private final AtomicLong failedWrites = new AtomicLong();

	FusionMember(CellGrid grid, FusionSettings settings, GeoTagger tagger, IncidentCommit commit, FusionProgress progress, MonitoringLog log,
			StoredIncidents incidents, StoredReports reports, ReportBatches batches, TransactionTemplate transactions) {
		this.grid = grid;
		this.settings = settings;
		this.tagger = tagger;
		this.commit = commit;
		this.progress = progress;
		this.log = log;
		this.incidents = incidents;
		this.reports = reports;
		this.batches = batches;
		this.transactions = transactions;
	}

	@Override
	public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
		Map<Integer, List<ConsumerRecord<String, byte[]>>> byPartition = new LinkedHashMap<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			byPartition.computeIfAbsent(record.partition(), p -> new ArrayList<>()).add(record);
		}
		try {
			List<PartitionFusion> polled = new ArrayList<>(byPartition.size());
			byPartition.forEach((partition, partitionRecords) -> {
				PartitionFusion fusion = owned.computeIfAbsent(partition, this::restore);
				fusion.fuse(partitionRecords);
				polled.add(fusion);
			});
			transactions.executeWithoutResult(status -> write(polled));
		}
		catch (RuntimeException e) {
			failedWrites.incrementAndGet();
			LOG.warn("Fusion of partitions {} failed on a poll of {} records; they are restored and the poll is fused again", byPartition.keySet(),
					records.size(), e);
			byPartition.keySet().forEach(owned::remove);
			throw e;
		}
	}

	@Override
	public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		partitions.forEach(partition -> owned.remove(partition.partition()));
	}

	@Override
	public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		partitions.forEach(partition -> owned.remove(partition.partition()));
	}

	@Override
	public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		// restored on their first record, from what the previous owner committed
		partitions.forEach(partition -> owned.remove(partition.partition()));
	}

	long lateReports() {
		return owned.values().stream().mapToLong(PartitionFusion::lateReports).sum();
	}

	long failedWrites() {
		return failedWrites.get();
	}

	int openIncidents() {
		return owned.values().stream().mapToInt(PartitionFusion::openIncidents).sum();
	}

	/** One write for all the partitions of the poll, so the incidents go in one id order (see {@link IncidentCommit}). */
	private void write(List<PartitionFusion> polled) {
		commit.applyPartitions(polled.stream().map(PartitionFusion::take).toList());
		for (PartitionFusion fusion : polled) {
			FusionProgress.Partition reached = fusion.progress();
			progress.record(reached);
			log.raiseNewest(reached.newestObservedMs());
		}
	}

	private PartitionFusion restore(int partition) {
		return transactions.execute(status -> {
			FusionProgress.Partition from = progress.of(partition).orElseGet(() -> startingPoint(partition));
			FusionTracker tracker = new FusionTracker(settings, tagger, report -> grid.partitionOf(report.position()) == partition);
			List<StoredIncidents.OpenIncident> stored = incidents.openAt(from.newestObservedMs());
			// later reports come again through the topic, in their order; restored now, other partitions' newer
			// reports would move this fusion's clock past its own reports still to come, refused then as late
			Map<Long, StoredReport> seen = new HashMap<>();
			for (StoredReport report : reports.bySeqs(StoredIncidents.OpenIncident.reportSeqsOf(stored))) {
				if (report.seq() <= from.fusedSeq() && grid.sees(partition, report.report().position())) {
					seen.put(report.seq(), report);
				}
			}
			List<StoredReport> open = new ArrayList<>(seen.values());
			open.sort(OBSERVATION_ORDER);
			PartitionFusion fusion = new PartitionFusion(partition, tracker, from);
			fusion.fuse(open.stream().map(StoredReport::report).toArray(Report[]::new), open.stream().mapToLong(StoredReport::seq).toArray());
			// other partitions may have written merges of this partition's incidents since its progress was recorded
			int merged = 0;
			for (StoredIncidents.OpenIncident incident : stored) {
				boolean ours = Arrays.stream(incident.reportSeqs())
					.mapToObj(seen::get)
					.anyMatch(report -> report != null && grid.partitionOf(report.report().position()) == partition);
				if (ours && tracker.deleteUnlessOpen(incident.id())) {
					merged++;
				}
			}
			LOG.info("Fusion of partition {} restored from {} stored reports, fused up to seq {} (batch {}); {} stored incidents merged meanwhile",
					partition, open.size(), from.fusedSeq(), from.fusedBatch(), merged);
			return fusion;
		});
	}

	/** Where a partition without progress of its own starts: where the in-process fusion stopped. */
	private FusionProgress.Partition startingPoint(int partition) {
		long fusedBatch = log.fusedBatch();
		return new FusionProgress.Partition(partition, fusedBatch, batches.lastSeqUpTo(fusedBatch), log.embeddedNewest());
	}
}
