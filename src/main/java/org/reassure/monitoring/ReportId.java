package org.reassure.monitoring;

/**
 * Identity of a report: the source and the source's own identifier of the event (for Cursor-on-Target, the event
 * {@code uid}). It is the idempotency key of ingest, and its order is the canonical order of fusion.
 */
public record ReportId(String sourceId, String eventUid) implements Comparable<ReportId> {

    public static final int MAX_LENGTH = 128;

    public ReportId {
        FieldRules.identifier("sourceId", sourceId, MAX_LENGTH);
        FieldRules.identifier("eventUid", eventUid, MAX_LENGTH);
    }

    @Override
    public int compareTo(ReportId other) {
        int bySource = sourceId.compareTo(other.sourceId);
        return bySource != 0 ? bySource : eventUid.compareTo(other.eventUid);
    }

    @Override
    public String toString() {
        return sourceId + "/" + eventUid;
    }
}
