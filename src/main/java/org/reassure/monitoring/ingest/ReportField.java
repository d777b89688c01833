package org.reassure.monitoring.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The fields of a report as named in JSON, GeoJSON properties and CSV headers.
 */
enum ReportField {
    SOURCE_ID("sourceId", false, true),
    SOURCE_TYPE("sourceType", false, true),
    EVENT_UID("eventUid", false, true),
    OBSERVED_AT("observedAt", false, true),
    LAT("lat", true, true),
    LON("lon", true, true),
    ACCURACY_M("accuracyM", true, true),
    CATEGORY("category", false, true),
    CONFIDENCE("confidence", true, true),
    TEXT("text", false, false),
    ATTACHMENT_SHA256("attachmentSha256", false, false);

    private static final Map<String, ReportField> BY_KEY = new HashMap<>();

    static {
        for (ReportField field : values()) {
            BY_KEY.put(field.key, field);
        }
    }

    final String key;
    final boolean numeric;
    final boolean required;

    ReportField(String key, boolean numeric, boolean required) {
        this.key = key;
        this.numeric = numeric;
        this.required = required;
    }

    /** The field of that name, or null. */
    static ReportField byKey(String key) {
        return BY_KEY.get(key);
    }

    /** The documented CSV header: every field, in declaration order. */
    static String header() {
        StringJoiner header = new StringJoiner(",");
        for (ReportField field : values()) {
            header.add(field.key);
        }
        return header.toString();
    }

    int bit() {
        return 1 << ordinal();
    }
}
