package org.reassure.monitoring.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.IngestUnavailable;
import org.reassure.monitoring.PipelineStats;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportFormat;
import org.reassure.monitoring.StoredReport;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.reassure.monitoring.store.MonitoringLog;
import org.reassure.monitoring.store.ReportBatches;
import org.reassure.monitoring.store.StoredIncidents;
import org.reassure.monitoring.store.StoredReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest pipeline after parsing: submissions wait in a bounded queue; one writer thread takes everything queued
 * (up to {@code max-batch} reports), stores it in one transaction ({@link BatchCommit}), commits, and only then
 * completes every waiting submission (group commit); one fusion thread fuses the committed batches in commit order
 * and hands the incident writes back to the writer, which commits them with the next report batch (or alone when no
 * report waits), so the embedded database only ever has one writer and one durable commit serves both. While the
 * writer is busy, fusion keeps gathering into the writes not yet handed over, so an incident that changes in several
 * batches is written once (incident group commit).
 *
 * <p>Back-pressure: a submission takes one permit per report; the permits come back when its batch is fused, so
 * queued plus committed-but-unfused reports never exceed {@code queue-capacity}. A submitter waits for permits, up to
 * {@code ack-timeout}.
 *
 * <p>On start, before taking any submission, fusion is restored: the reports of the incidents still open and of the
 * batches committed but not fused before the last stop (or crash) are fused again; the writes this produces are
 * idempotent. Starts only with {@code reassure.listeners.enabled} (off for command-line tools).
 *
 * <p>With a {@link FusionOutlet} (the Kafka mode) there is no fusion here: the second thread hands the committed
 * batches over to the outlet instead (trying again until it succeeds), and the permits come back once a batch is
 * handed over. On start, the reports committed after the last batch every partition has fused are handed over again,
 * first and tried again as any batch (fusion refuses the duplicates). A stop waits a few seconds for the committed
 * batches to be handed over, then interrupts the attempt under way (the broker may be away for long) and leaves the
 * rest to the next start: they are stored, so nothing acknowledged is lost.
 */
@Component
public class ReportPipeline implements SmartLifecycle {

	/** Stops after the web server and the listeners, starts before them. */
	public static final int PHASE = Integer.MAX_VALUE - 4096;

	private static final Logger LOG = LoggerFactory.getLogger(ReportPipeline.class);
	private static final Object WAKE = new Object();
	private static final long POLL_MILLIS = 50;
	private static final long HAND_OVER_RETRY_MILLIS = 1_000;
	private static final long HAND_OVER_ON_STOP_MILLIS = 5_000;
	private static final Comparator<StoredReport> OBSERVATION_ORDER = Comparator.comparing((StoredReport r) -> r.report().observedAt())
		.thenComparing(r -> r.report().id());

	private final BatchCommit batchCommit;
	private final IncidentCommit incidentCommit;
	private final StoredReports reports;
	private final StoredIncidents incidents;
	private final ReportBatches batches;
	private final MonitoringLog log;
	private final TransactionTemplate transactions;
	private final MonitoringProperties.Pipeline settings;
	private final boolean autoStartup;
	private final Semaphore permits;
	private final ArrayBlockingQueue<Object> work;
	private final LinkedBlockingQueue<CommittedBatch> toFusion = new LinkedBlockingQueue<>();
	/** The incident writes handed to the writer and not yet taken: at most one, fusion gathers into the next meanwhile. */
	private final AtomicReference<IncidentWrites> toWriter = new AtomicReference<>();
	private final FusionTracker tracker;
	private final FusionOutlet outlet;
	/** Incident writes that failed, kept for the next attempt; the writer thread's, then the stopping thread's. */
	private final List<IncidentWrites> unwritten = new ArrayList<>();
	private final AtomicLong stored = new AtomicLong();
	private final AtomicLong duplicates = new AtomicLong();
	private final AtomicLong batchCount = new AtomicLong();
	private final AtomicLong failedIncidentWrites = new AtomicLong();
	private volatile long lastBatch;
	private volatile long fusedBatch;
	private volatile long late;
	private volatile int openIncidents;
	private volatile boolean running;
	private Thread writer;
	private Thread fuser;

	ReportPipeline(BatchCommit batchCommit, IncidentCommit incidentCommit, StoredReports reports, StoredIncidents incidents, ReportBatches batches,
			MonitoringLog log, TransactionTemplate transactions, GeoTagger geoTagger, MonitoringProperties properties,
			ObjectProvider<FusionOutlet> outlet, @Value("${reassure.listeners.enabled:true}") boolean autoStartup) {
		this.batchCommit = batchCommit;
		this.incidentCommit = incidentCommit;
		this.reports = reports;
		this.incidents = incidents;
		this.batches = batches;
		this.log = log;
		this.transactions = transactions;
		this.settings = properties.pipeline();
		this.autoStartup = autoStartup;
		this.permits = new Semaphore(settings.queueCapacity());
		this.work = new ArrayBlockingQueue<>(settings.queueCapacity() + 16);
		this.tracker = new FusionTracker(properties.fusion().settings(), geoTagger);
		this.outlet = outlet.getIfAvailable();
	}

	/** An empty submission for one source's reports, holding at most one batch. */
	public Submission newSubmission(ReportFormat format) {
		return new Submission(format, settings.maxBatch());
	}

	/**
	 * Queues the submission; waits for room up to the ack timeout (back-pressure). The returned future completes
	 * after the commit that stores the reports.
	 */
	public CompletableFuture<Submission.Outcome> submit(Submission submission) {
		if (!running) {
			throw new IngestUnavailable("the ingest pipeline is not running");
		}
		try {
			if (!permits.tryAcquire(submission.size, settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IngestUnavailable("the ingest queue stayed full for " + settings.ackTimeout().toSeconds() + " s; send again later");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IngestUnavailable("interrupted while waiting for room in the ingest queue", e);
		}
		work.add(submission);
		// a stop between the check above and here may have let the writer finish without it
		if (!running && work.remove(submission)) {
			permits.release(submission.size);
			throw new IngestUnavailable("the ingest pipeline stopped");
		}
		return submission.done;
	}

	public Duration ackTimeout() {
		return settings.ackTimeout();
	}

	public PipelineStats stats() {
		int queued = settings.queueCapacity() - permits.availablePermits();
		if (outlet != null) {
			return new PipelineStats(running, queued, stored.get(), duplicates.get(), batchCount.get(), lastBatch, outlet.fusedBatch(), outlet.lateReports(),
					outlet.openIncidents(), outlet.failedIncidentWrites());
		}
		return new PipelineStats(running, queued, stored.get(), duplicates.get(), batchCount.get(), lastBatch, fusedBatch, late, openIncidents,
				failedIncidentWrites.get());
	}

	@Override
	public void start() {
		if (outlet == null) {
			restore();
		}
		else {
			handOverUnfused();
		}
		running = true;
		writer = thread("monitoring-writer", this::writeLoop);
		fuser = outlet == null ? thread("monitoring-fusion", this::fuseLoop) : thread("monitoring-handover", this::handOverLoop);
	}

	@Override
	public void stop() {
		running = false;
		join(writer);
		if (outlet == null) {
			join(fuser);
		}
		else {
			joinOrInterrupt(fuser, HAND_OVER_ON_STOP_MILLIS);
			leaveToNextStart();
		}
		takeHandedIncidents();
		if (tracker.hasWrites()) {
			unwritten.add(tracker.take());
		}
		writeIncidents();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public boolean isAutoStartup() {
		return autoStartup;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void restore() {
		transactions.executeWithoutResult(status -> {
			fusedBatch = log.fusedBatch();
			lastBatch = log.lastBatch();
			List<StoredIncidents.OpenIncident> open = incidents.openAt(log.fusedNewest());
			Map<Long, StoredReport> replay = new HashMap<>();
			for (StoredReport report : reports.bySeqs(StoredIncidents.OpenIncident.reportSeqsOf(open))) {
				replay.put(report.seq(), report);
			}
			for (StoredReport report : reports.after(batches.lastSeqUpTo(fusedBatch))) {
				replay.put(report.seq(), report);
			}
			if (!replay.isEmpty()) {
				List<StoredReport> ordered = new ArrayList<>(replay.values());
				ordered.sort(OBSERVATION_ORDER);
				Report[] restored = ordered.stream().map(StoredReport::report).toArray(Report[]::new);
				long[] seqs = ordered.stream().mapToLong(StoredReport::seq).toArray();
				tracker.fuse(restored, seqs, restored.length, lastBatch);
				// written again under the ids fusion gives them now, which need not be the stored ones (an older form)
				incidents.delete(open.stream().map(StoredIncidents.OpenIncident::id).collect(Collectors.toSet()));
				incidentCommit.apply(List.of(tracker.take()));
				LOG.info("Fusion restored from {} stored reports; {} incidents open", restored.length, tracker.openIncidents());
			}
			fusedBatch = lastBatch;
			openIncidents = tracker.openIncidents();
		});
	}

	/**
	 * Queues the stored reports not yet fused as the hand-over thread's first batch, so that a broker that is slow
	 * or failing at start is tried again as for any batch instead of failing the start.
	 */
	private void handOverUnfused() {
		List<StoredReport> unfused = transactions.execute(status -> {
			lastBatch = log.lastBatch();
			return reports.after(batches.lastSeqUpTo(outlet.fusedBatch()));
		});
		if (!unfused.isEmpty()) {
			toFusion.add(new CommittedBatch(lastBatch, unfused.stream().map(StoredReport::report).toArray(Report[]::new),
					unfused.stream().mapToLong(StoredReport::seq).toArray(), unfused.size(), 0));
			LOG.info("{} stored reports not yet fused are handed over to fusion again", unfused.size());
		}
	}

	private void writeLoop() {
		List<Submission> batch = new ArrayList<>();
		while (running || !work.isEmpty()) {
			Object item = take();
			if (item instanceof Submission first) {
				collect(first, batch);
				writeReports(batch);
				batch.clear();
			}
			writeIncidents();
		}
	}

	private Object take() {
		try {
			return work.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			running = false;
			return null;
		}
	}

	/** Everything queued behind {@code first}, up to the batch size; wake-up marks are dropped on the way. */
	private void collect(Submission first, List<Submission> batch) {
		batch.add(first);
		int count = first.size;
		for (Object next = work.peek(); next != null; next = work.peek()) {
			if (next instanceof Submission submission) {
				if (count + submission.size > settings.maxBatch()) {
					return;
				}
				count += submission.size;
				batch.add(submission);
			}
			work.poll();
		}
	}

	private void writeReports(List<Submission> batch) {
		BatchCommit.Result result;
		try {
			result = commitWithIncidents(batch);
		}
		catch (RuntimeException e) {
			LOG.error("A batch of {} submissions could not be stored; their senders are told to send again", batch.size(), e);
			int taken = 0;
			for (Submission submission : batch) {
				taken += submission.size;
				submission.done.completeExceptionally(new IngestUnavailable("the reports could not be stored; send them again", e));
			}
			permits.release(taken);
			return;
		}
		CommittedBatch committed = result.batch();
		// the statistics move before any sender hears back, so a sender that reads them after its ack sees its batch
		for (int s = 0; s < batch.size(); s++) {
			stored.addAndGet(result.stored()[s]);
			duplicates.addAndGet(result.duplicates()[s]);
		}
		if (committed.count() > 0) {
			batchCount.incrementAndGet();
			lastBatch = committed.batchId();
		}
		toFusion.add(committed);
		for (int s = 0; s < batch.size(); s++) {
			batch.get(s).done.complete(new Submission.Outcome(result.stored()[s], result.duplicates()[s]));
		}
	}

	/**
	 * Commits the batch together with the incident writes waiting, if any: one durable commit for both instead of
	 * two. Should that fail, the batch is committed alone and the incident writes wait for their own attempt, so
	 * derived data never holds up the reports.
	 */
	private BatchCommit.Result commitWithIncidents(List<Submission> batch) {
		takeHandedIncidents();
		if (!unwritten.isEmpty()) {
			List<IncidentWrites> riding = List.copyOf(unwritten);
			try {
				BatchCommit.Result result = batchCommit.commit(batch, () -> incidentCommit.apply(riding));
				incidentsWritten();
				return result;
			}
			catch (RuntimeException e) {
				failedIncidentWrites.incrementAndGet();
				LOG.warn("Incident writes up to batch {} failed with a batch of reports; the reports are committed alone", lastUnwrittenBatch(), e);
			}
		}
		return batchCommit.commit(batch, () -> {
		});
	}

	private void fuseLoop() {
		while (fusionGoesOn()) {
			CommittedBatch committed = nextCommitted(tracker.hasWrites() ? 1 : POLL_MILLIS);
			if (committed != null) {
				fuse(committed);
			}
			// only this thread fills the slot and only the writer empties it
			if (tracker.hasWrites() && toWriter.get() == null) {
				toWriter.set(tracker.take());
				if (work.isEmpty()) {
					work.offer(WAKE);
				}
			}
		}
	}

	private void handOverLoop() {
		while (fusionGoesOn()) {
			CommittedBatch committed = nextCommitted(POLL_MILLIS);
			if (committed != null) {
				handOver(committed);
			}
		}
	}

	/**
	 * Until the writer has ended and nothing is left to fuse, or interrupted: after a stop the writer still commits
	 * what was queued, and those batches must be fused too, or their permits would never come back.
	 */
	private boolean fusionGoesOn() {
		return (writer.isAlive() || !toFusion.isEmpty()) && !Thread.currentThread().isInterrupted();
	}

	/** The next committed batch, or null after waiting {@code millis} or when interrupted. */
	private CommittedBatch nextCommitted(long millis) {
		try {
			return toFusion.poll(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Tries until the batch is handed over (holding its permits: back-pressure) or the pipeline stops. */
	private void handOver(CommittedBatch committed) {
		try {
			while (committed.count() > 0 && !handedOver(committed)) {
				if (!running) {
					leftToNextStart(committed);
					return;
				}
				Thread.sleep(HAND_OVER_RETRY_MILLIS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			leftToNextStart(committed);
		}
		finally {
			permits.release(committed.permits());
		}
	}

	private static void leftToNextStart(CommittedBatch committed) {
		LOG.error("Batch {} is stored but not handed over to fusion; the next start hands it over", committed.batchId());
	}

	/** The batches the stop did not wait for: stored, and handed over by the next start. */
	private void leaveToNextStart() {
		List<CommittedBatch> left = new ArrayList<>();
		toFusion.drainTo(left);
		List<Long> unhanded = left.stream().filter(committed -> committed.count() > 0).map(CommittedBatch::batchId).toList();
		if (!unhanded.isEmpty()) {
			LOG.error("{} batches, {} to {}, are stored but not handed over to fusion; the next start hands them over", unhanded.size(), unhanded.get(0),
					unhanded.get(unhanded.size() - 1));
		}
		permits.release(left.stream().mapToInt(CommittedBatch::permits).sum());
	}

	private boolean handedOver(CommittedBatch committed) {
		try {
			outlet.handOver(committed.batchId(), committed.reports(), committed.seqs(), committed.count());
			return true;
		}
		catch (RuntimeException e) {
			LOG.warn("Batch {} could not be handed over to fusion; trying again", committed.batchId(), e);
			return false;
		}
	}

	private void fuse(CommittedBatch committed) {
		try {
			if (committed.count() > 0) {
				tracker.fuse(committed.reports(), committed.seqs(), committed.count(), committed.batchId());
				late = tracker.late();
				openIncidents = tracker.openIncidents();
			}
		}
		catch (RuntimeException e) {
			LOG.error("Fusion failed on batch {}; its reports are stored and a rebuild will fuse them", committed.batchId(), e);
		}
		finally {
			permits.release(committed.permits());
		}
	}

	/** Writes the incident changes waiting, in one transaction; on failure keeps them for the next attempt. */
	private void writeIncidents() {
		takeHandedIncidents();
		if (unwritten.isEmpty()) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> incidentCommit.apply(unwritten));
			incidentsWritten();
		}
		catch (RuntimeException e) {
			failedIncidentWrites.incrementAndGet();
			LOG.error("Incident writes up to batch {} failed; retrying", lastUnwrittenBatch(), e);
		}
	}

	private void takeHandedIncidents() {
		IncidentWrites handed = toWriter.getAndSet(null);
		if (handed != null) {
			unwritten.add(handed);
		}
	}

	private void incidentsWritten() {
		fusedBatch = lastUnwrittenBatch();
		unwritten.clear();
	}

	private long lastUnwrittenBatch() {
		return unwritten.get(unwritten.size() - 1).fusedBatch;
	}

	private static Thread thread(String name, Runnable loop) {
		Thread thread = new Thread(loop, name);
		thread.setDaemon(false);
		thread.start();
		return thread;
	}

	/** Waits up to {@code millis} for the thread to end, then interrupts it and waits for it to end. */
	private static void joinOrInterrupt(Thread thread, long millis) {
		if (thread == null) {
			return;
		}
		try {
			thread.join(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		thread.interrupt();
		join(thread);
	}

	private static void join(Thread thread) {
		if (thread == null) {
			return;
		}
		try {
			thread.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
