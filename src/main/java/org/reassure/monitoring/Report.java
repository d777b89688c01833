package org.reassure.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One observation from one source: what ({@link Category}), where ({@link Position}), when, how sure, and the
 * SHA-256 digests of its attachments (photos, recordings) kept as evidence elsewhere.
 *
 * <p>Whether {@code observedAt} is plausible now is judged at ingest by {@link ObservationTimeRule}; the record only
 * refuses instants outside the years 2000 to 2200, which no sensor can produce.
 */
public record Report(
        ReportId id,
        SourceType sourceType,
        Instant observedAt,
        Position position,
        Category category,
        double confidence,
        String text,
        List<String> attachmentSha256) {

    public static final int MAX_TEXT_LENGTH = 2_000;
    public static final int MAX_ATTACHMENTS = 32;

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    public Report {
        FieldRules.present("id", id);
        FieldRules.present("sourceType", sourceType);
        FieldRules.present("observedAt", observedAt);
        if (observedAt.isBefore(EARLIEST) || !observedAt.isBefore(LATEST)) {
            throw new IllegalArgumentException("observedAt: must be between " + EARLIEST + " and " + LATEST + ", was " + observedAt);
        }
        FieldRules.present("position", position);
        FieldRules.present("category", category);
        FieldRules.within("confidence", confidence, 0, 1, "");
        text = FieldRules.freeText("text", text, MAX_TEXT_LENGTH);
        attachmentSha256 = digests(attachmentSha256);
    }

    public String sourceId() {
        return id.sourceId();
    }

    private static List<String> digests(List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > MAX_ATTACHMENTS) {
            throw new IllegalArgumentException("attachmentSha256: at most " + MAX_ATTACHMENTS + " digests, was " + given.size());
        }
        List<String> normalised = new ArrayList<>(given.size());
        for (String digest : given) {
            normalised.add(sha256Hex(digest));
        }
        return List.copyOf(normalised);
    }

    private static String sha256Hex(String digest) {
        if (digest == null || digest.length() != 64) {
            throw new IllegalArgumentException("attachmentSha256: each digest must be 64 hexadecimal characters");
        }
        for (int i = 0; i < 64; i++) {
            if (Character.digit(digest.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("attachmentSha256: each digest must be 64 hexadecimal characters");
            }
        }
        return digest.toLowerCase(Locale.ROOT);
    }
}
