package org.reassure.monitoring.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.UncheckedStreamException;

/**
 * The credentials a Cursor-on-Target client sends first on a plain TCP connection, in the style of TAK Server's
 * authenticated streaming input: {@code <auth><cot username="SOURCE_ID" password="TOKEN"/></auth>}, optionally after
 * an XML declaration, at most {@value #MAX_BYTES} bytes. It reads exactly up to the end of that element, so the
 * events that follow stay in the stream.
 */
public final class CotAuthentication {

	public static final int MAX_BYTES = 4096;

	private static final byte[] END = "</auth>".getBytes(StandardCharsets.US_ASCII);

	/** The source id and token the client presented. */
	public record Credentials(String username, String password) {
	}

	/** The first element is not a well-formed auth element; the message is the reason. */
	public static final class Refused extends Exception {

		Refused(String message) {
			super(message);
		}
	}

	private CotAuthentication() {
	}

	public static Credentials read(InputStream in) throws IOException, Refused {
		return parse(upToEnd(in));
	}

	private static byte[] upToEnd(InputStream in) throws IOException, Refused {
		ByteArrayOutputStream element = new ByteArrayOutputStream(256);
		FirstTag first = new FirstTag();
		int matched = 0;
		while (matched < END.length) {
			int b = in.read();
			if (b < 0) {
				throw new Refused("auth: the connection ended before </auth>");
			}
			if (element.size() == MAX_BYTES) {
				throw new Refused("auth: the first element must be <auth>...</auth> within " + MAX_BYTES + " bytes");
			}
			element.write(b);
			first.next(b);
			matched = b == END[matched] ? matched + 1 : (b == END[0] ? 1 : 0);
		}
		return element.toByteArray();
	}

	/** Refuses, as soon as its name is read, a first element other than auth (an event sent without credentials). */
	private static final class FirstTag {

		private static final String NAME = "auth";

		private boolean inTag;
		private boolean checked;
		private int read;

		void next(int b) throws Refused {
			if (checked) {
				return;
			}
			if (!inTag) {
				inTag = b == '<';
				return;
			}
			if (read == 0 && (b == '?' || b == '!')) {
				inTag = false;
				return;
			}
			if (read < NAME.length() ? b != NAME.charAt(read) : !(b == '>' || b == '/' || Character.isWhitespace(b))) {
				throw new Refused("auth: the first element must be <auth>");
			}
			checked = ++read > NAME.length();
		}
	}

	private static Credentials parse(byte[] element) throws Refused {
		if (new String(element, StandardCharsets.US_ASCII).contains("<!")) {
			throw new Refused("auth: DOCTYPE, comments and CDATA are not allowed");
		}
		XMLStreamReader xml = null;
		try {
			xml = CotParser.secureFactory().createXMLStreamReader(new ByteArrayInputStream(element), "UTF-8");
			if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !"auth".equals(xml.getLocalName())) {
				throw new Refused("auth: the first element must be <auth>");
			}
			if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !"cot".equals(xml.getLocalName())) {
				throw new Refused("auth: <auth> must hold <cot username=\"...\" password=\"...\"/>");
			}
			String username = xml.getAttributeValue(null, "username");
			String password = xml.getAttributeValue(null, "password");
			if (username == null || password == null) {
				throw new Refused("auth/cot: username and password are required");
			}
			return new Credentials(username, password);
		}
		catch (XMLStreamException | UncheckedStreamException e) {
			throw new Refused("auth: malformed XML");
		}
		finally {
			close(xml);
		}
	}

	private static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			}
			catch (XMLStreamException e) {
				// an in-memory stream: nothing is left open
			}
		}
	}
}
