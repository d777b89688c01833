package org.reassure.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Report documents observed now (the platform's clock is the real one), near the synthetic line west of Pokrovsk,
 * with event uids unique to the test run.
 */
public final class LiveReports {

	private static final AtomicLong SEQUENCE = new AtomicLong();
	private static final String RUN = Long.toString(System.nanoTime(), 36);

	private LiveReports() {
	}

	/** A fresh event uid. */
	public static String uid() {
		return "evt-" + RUN + "-" + SEQUENCE.incrementAndGet();
	}

	/** A fresh source id (sources are registered once per id). */
	public static String sourceId(String prefix) {
		return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
	}

	public static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	public static String json(String source, String type, String uid, double lat, double lon, Instant observedAt) {
		return "{\"sourceId\":\"" + source + "\",\"sourceType\":\"" + type + "\",\"eventUid\":\"" + uid + "\",\"observedAt\":\"" + observedAt
				+ "\",\"lat\":" + lat + ",\"lon\":" + lon + ",\"accuracyM\":150,\"category\":\"EXPLOSION_IMPACT\",\"confidence\":0.8}";
	}

	public static String json(String source, String type, String uid) {
		return json(source, type, uid, SampleReports.LAT, SampleReports.LON, now());
	}

	public static String cot(String source, String type, String uid, double lat, double lon, Instant observedAt) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><event version=\"2.0\" uid=\"" + uid + "\" type=\"a-h-G\" how=\"m-g\" time=\"" + observedAt
				+ "\" start=\"" + observedAt + "\" stale=\"" + observedAt.plusSeconds(600) + "\"><point lat=\"" + lat + "\" lon=\"" + lon
				+ "\" hae=\"180\" ce=\"120\" le=\"9999999\"/><detail><contact callsign=\"" + source + "\"/><reassure category=\"EXPLOSION_IMPACT\" sourceType=\""
				+ type + "\" confidence=\"0.8\"/></detail></event>\n";
	}

	public static String cot(String source, String type, String uid) {
		return cot(source, type, uid, SampleReports.LAT, SampleReports.LON, now());
	}
}
