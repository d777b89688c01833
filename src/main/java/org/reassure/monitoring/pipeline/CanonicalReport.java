package org.reassure.monitoring.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.SourceType;

/**
 * The canonical bytes of a report: what the raw report table keeps, and what the Merkle root of its batch hashes.
 * The same report always gives the same bytes, and the bytes give back the report exactly.
 *
 * <p>Version 1, big-endian: {@code u8 1 | str sourceId | str eventUid | str sourceType | i64 epochSecond | i32 nano |
 * f64 lat | f64 lon | f64 accuracyM | str category | f64 confidence | str text | u8 n | n x 32 bytes of attachment
 * SHA-256}, where {@code str} is a u16 byte length and UTF-8 bytes, enums are written by name, and doubles as their
 * IEEE 754 bits. The report's leaf hash is {@code SHA-256(0x00 || bytes)} (RFC 9162, section 2.1.1).
 */
public final class CanonicalReport {

	public static final int LEAF_LENGTH = 32;

	private static final byte VERSION = 1;
	private static final int DIGEST_LENGTH = 32;
	private static final byte LEAF_PREFIX = 0x00;
	private static final int FIXED_LENGTH = 1 + 5 * 2 + 8 + 4 + 3 * 8 + 8 + 1;
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(CanonicalReport::sha256);

	private CanonicalReport() {
	}

	public static byte[] encode(Report report) {
		byte[] sourceId = utf8(report.id().sourceId());
		byte[] eventUid = utf8(report.id().eventUid());
		byte[] sourceType = utf8(report.sourceType().name());
		byte[] category = utf8(report.category().name());
		byte[] text = utf8(report.text());
		List<String> attachments = report.attachmentSha256();
		ByteBuffer out = ByteBuffer.allocate(FIXED_LENGTH + sourceId.length + eventUid.length + sourceType.length + category.length
				+ text.length + attachments.size() * DIGEST_LENGTH);
		out.put(VERSION);
		string(out, sourceId);
		string(out, eventUid);
		string(out, sourceType);
		out.putLong(report.observedAt().getEpochSecond()).putInt(report.observedAt().getNano());
		Position position = report.position();
		out.putDouble(position.lat()).putDouble(position.lon()).putDouble(position.accuracyM());
		string(out, category);
		out.putDouble(report.confidence());
		string(out, text);
		out.put((byte) attachments.size());
		for (String digest : attachments) {
			out.put(HexFormat.of().parseHex(digest));
		}
		return out.array();
	}

	public static Report decode(byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		if (in.get() != VERSION) {
			throw new IllegalArgumentException("content: unknown canonical report version " + bytes[0]);
		}
		ReportId id = new ReportId(string(in), string(in));
		SourceType sourceType = SourceType.valueOf(string(in));
		Instant observedAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
		Position position = new Position(in.getDouble(), in.getDouble(), in.getDouble());
		Category category = Category.valueOf(string(in));
		double confidence = in.getDouble();
		String text = string(in);
		int count = Byte.toUnsignedInt(in.get());
		List<String> attachments = new ArrayList<>(count);
		byte[] digest = new byte[DIGEST_LENGTH];
		for (int i = 0; i < count; i++) {
			in.get(digest);
			attachments.add(HexFormat.of().formatHex(digest));
		}
		return new Report(id, sourceType, observedAt, position, category, confidence, text, attachments);
	}

	/** Writes {@code SHA-256(0x00 || content)} at {@code offset} of {@code out}. */
	public static void leaf(byte[] content, byte[] out, int offset) {
		MessageDigest sha256 = SHA256.get();
		sha256.update(LEAF_PREFIX);
		sha256.update(content);
		try {
			sha256.digest(out, offset, LEAF_LENGTH);
		}
		catch (DigestException e) {
			throw new IllegalArgumentException("no room for a leaf hash at offset " + offset, e);
		}
	}

	public static byte[] leaf(byte[] content) {
		byte[] leaf = new byte[LEAF_LENGTH];
		leaf(content, leaf, 0);
		return leaf;
	}

	private static byte[] utf8(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private static void string(ByteBuffer out, byte[] utf8) {
		out.putShort((short) utf8.length).put(utf8);
	}

	private static String string(ByteBuffer in) {
		int length = Short.toUnsignedInt(in.getShort());
		String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
		in.position(in.position() + length);
		return value;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
