package org.reassure.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link SyntheticStream}'s reports, serialised ahead of a benchmark as the documents sensors send: events along the
 * synthetic 1,200 km line, each heard by 3 to 6 sensors, {@value #EVENT_SPACING_MS} ms apart in observation time,
 * from 64 sources.
 */
public final class SensorDocuments {

	/**
	 * Observation time between events: 5 events a second along the whole line, heavier than the worst days the OSCE
	 * mission counted, and sparse enough that events 2 km and 120 s apart stay rare (denser, and single-linkage fusion
	 * chains the whole front into one incident).
	 */
	public static final int EVENT_SPACING_MS = 200;
	private static final int SLICE = 500;
	private static final int SOURCES_PER_TYPE = 16;

	/** One source's reports in one document; one report in 100 of the stream is sampled for latency. */
	public record Document(MonitoringSource source, byte[] bytes, int reports, List<Report> sampled) {

		public ReportFormat format() {
			return bytes[0] == '<' ? ReportFormat.COT : ReportFormat.JSON;
		}
	}

	/**
	 * With {@code -Dbench.uids=random}, event uids are UUIDs, as many TAK clients make them, instead of numbered in order
	 * per source: the (source, uid) key of the stored reports then takes inserts all over its index.
	 */
	private static final boolean RANDOM_UIDS = "random".equals(System.getProperty("bench.uids"));

	private final Map<String, MonitoringSource> sources = new LinkedHashMap<>();

	/**
	 * The stream in arrival order, cut into slices of {@value #SLICE} reports, each slice one document per source (as
	 * each sensor's connection would carry them); event uids carry the run's tag so runs do not collide.
	 */
	public List<List<Document>> slices(int seed, String tag, int count, Instant start, boolean cot) {
		List<Report> stream = new SyntheticStream(seed).reports(count, start, EVENT_SPACING_MS);
		List<List<Document>> slices = new ArrayList<>();
		for (int from = 0; from < stream.size(); from += SLICE) {
			Map<MonitoringSource, List<Report>> bySource = new LinkedHashMap<>();
			for (Report report : stream.subList(from, Math.min(stream.size(), from + SLICE))) {
				Report renamed = renamed(report, tag);
				bySource.computeIfAbsent(source(renamed), s -> new ArrayList<>()).add(renamed);
			}
			List<Document> documents = new ArrayList<>();
			AtomicInteger index = new AtomicInteger(from);
			bySource.forEach((source, reports) -> {
				List<Report> sampled = new ArrayList<>();
				StringBuilder text = new StringBuilder(cot ? "" : "[");
				for (Report report : reports) {
					if (index.getAndIncrement() % 100 == 0) {
						sampled.add(report);
					}
					text.append(cot ? cot(report) : (text.length() > 1 ? "," : "") + json(report));
				}
				documents.add(new Document(source, text.append(cot ? "" : "]").toString().getBytes(StandardCharsets.UTF_8), reports.size(), sampled));
			});
			slices.add(documents);
		}
		return slices;
	}

	private Report renamed(Report report, String tag) {
		String type = report.sourceType().name().toLowerCase(Locale.ROOT);
		int number = Integer.parseInt(report.sourceId().substring(report.sourceId().indexOf('-') + 1)) % SOURCES_PER_TYPE;
		String uid = tag + "-" + report.id().eventUid();
		if (RANDOM_UIDS) {
			uid = UUID.nameUUIDFromBytes(uid.getBytes(StandardCharsets.UTF_8)).toString();
		}
		return new Report(new ReportId(type + "-" + number, uid), report.sourceType(), report.observedAt(),
				report.position(), report.category(), report.confidence(), report.text(), report.attachmentSha256());
	}

	private MonitoringSource source(Report report) {
		return sources.computeIfAbsent(report.sourceId(), id -> new MonitoringSource(id, "benchmark", report.sourceType(), null, Instant.now(), false));
	}

	private static String cot(Report report) {
		Instant at = report.observedAt();
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<event version=\"2.0\" uid=\"" + report.id().eventUid() + "\" type=\"a-h-G\" how=\"m-g\" time=\""
				+ at + "\" start=\"" + at + "\" stale=\"" + at.plusSeconds(600) + "\"><point lat=\"" + report.position().lat() + "\" lon=\""
				+ report.position().lon() + "\" hae=\"0\" ce=\"" + report.position().accuracyM() + "\" le=\"9999999\"/><detail><contact callsign=\""
				+ report.sourceId() + "\"/><reassure category=\"" + report.category() + "\" sourceType=\"" + report.sourceType() + "\" confidence=\""
				+ report.confidence() + "\"/></detail></event>\n";
	}

	private static String json(Report report) {
		return "{\"sourceId\":\"" + report.sourceId() + "\",\"sourceType\":\"" + report.sourceType() + "\",\"eventUid\":\"" + report.id().eventUid()
				+ "\",\"observedAt\":\"" + report.observedAt() + "\",\"lat\":" + report.position().lat() + ",\"lon\":" + report.position().lon()
				+ ",\"accuracyM\":" + report.position().accuracyM() + ",\"category\":\"" + report.category() + "\",\"confidence\":" + report.confidence()
				+ "}";
	}
}
