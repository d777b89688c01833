package org.reassure.monitoring;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Identity of an incident, derived from the smallest report id among its reports, so the same reports always give
 * the same id whatever their arrival order (a name-based UUID, version 3).
 */
public record IncidentId(UUID value) {

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

    public static IncidentId derivedFrom(ReportId smallestReport) {
        // NUL cannot occur inside either part (control characters are refused), so the name is unambiguous.
        String name = "incident\0" + smallestReport.sourceId() + "\0" + smallestReport.eventUid();
        return new IncidentId(nameBased(name.getBytes(StandardCharsets.UTF_8)));
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
