package org.reassure.monitoring.listener;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.reassure.monitoring.ReportFormat;

/**
 * An MQTT message for the platform: a first line {@code Source <token> <format>} (format cot, json, csv or geojson,
 * as in {@code Authorization: Source <token>} over HTTP), a line feed, then the payload in that format. MQTT 3.1.1
 * has no message headers, and a topic is no credential (anyone allowed on the broker may publish to any topic), so
 * the credential travels in the message.
 */
record MqttEnvelope(String token, ReportFormat format, byte[] message, int payloadOffset) {

	static final int MAX_HEADER_BYTES = 256;
	private static final String SCHEME = "Source ";

	/** The envelope, or the reason it is not one. */
	static MqttEnvelope open(byte[] message) throws Refused {
		int end = -1;
		for (int i = 0; i < Math.min(message.length, MAX_HEADER_BYTES); i++) {
			if (message[i] == '\n') {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw new Refused("the first line must be 'Source <token> <format>' within " + MAX_HEADER_BYTES + " bytes");
		}
		String[] header = new String(message, 0, end, StandardCharsets.US_ASCII).strip().split(" ");
		if (header.length != 3 || !(header[0] + " ").equals(SCHEME)) {
			throw new Refused("the first line must be 'Source <token> <format>'");
		}
		ReportFormat format;
		try {
			format = ReportFormat.valueOf(header[2].toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new Refused("format: must be cot, json, csv or geojson");
		}
		return new MqttEnvelope(header[1], format, message, end + 1);
	}

	InputStream payload() {
		return new ByteArrayInputStream(message, payloadOffset, message.length - payloadOffset);
	}

	/** Not an envelope; the message is the reason. */
	static final class Refused extends Exception {

		Refused(String message) {
			super(message);
		}
	}
}
