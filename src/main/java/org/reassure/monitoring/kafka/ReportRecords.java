package org.reassure.monitoring.kafka;

import java.nio.ByteBuffer;

import org.reassure.monitoring.Report;
import org.reassure.monitoring.pipeline.CanonicalReport;

/**
 * The values of the report topic: a report ({@code 0}, its seq, its canonical encoding) or the end of a batch
 * ({@code 1}, the batch id), which the pipeline sends to every partition after the batch's reports.
 */
final class ReportRecords {

	private static final byte REPORT = 0;
	private static final byte BATCH_END = 1;
	private static final int HEADER = 1 + Long.BYTES;

	/** A decoded value: a report with its seq, or the end of batch {@code batchEnd} (report null). */
	record Value(Report report, long seq, long batchEnd) {
	}

	private ReportRecords() {
	}

	static byte[] report(long seq, Report report) {
		byte[] content = CanonicalReport.encode(report);
		return ByteBuffer.allocate(HEADER + content.length).put(REPORT).putLong(seq).put(content).array();
	}

	static byte[] batchEnd(long batchId) {
		return ByteBuffer.allocate(HEADER).put(BATCH_END).putLong(batchId).array();
	}

	static Value decode(byte[] value) {
		ByteBuffer in = ByteBuffer.wrap(value);
		byte type = in.get();
		long number = in.getLong();
		return switch (type) {
			case REPORT -> {
				byte[] content = new byte[in.remaining()];
				in.get(content);
				yield new Value(CanonicalReport.decode(content), number, 0);
			}
			case BATCH_END -> new Value(null, 0, number);
			default -> throw new IllegalArgumentException("not a report topic value: type " + type);
		};
	}
}
