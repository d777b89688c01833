package org.reassure.monitoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLContext;

/**
 * A Cursor-on-Target client as a sensor gateway runs one: writes events, reads the listener's acknowledgements.
 */
public final class CotClient implements AutoCloseable {

	private final Socket socket;
	private final OutputStream out;
	private final BufferedReader in;

	private CotClient(Socket socket) throws IOException {
		this.socket = socket;
		socket.setSoTimeout(15_000);
		this.out = socket.getOutputStream();
		this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
	}

	public static CotClient connect(int port) throws IOException {
		return new CotClient(new Socket("127.0.0.1", port));
	}

	public static CotClient connectTls(int port, SSLContext context) throws IOException {
		return new CotClient(context.getSocketFactory().createSocket("127.0.0.1", port));
	}

	public CotClient authenticate(String source, String token) throws IOException {
		return send("<?xml version=\"1.0\"?><auth><cot username=\"" + source + "\" password=\"" + token + "\"/></auth>");
	}

	public CotClient send(String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.flush();
		return this;
	}

	/** The next line from the listener, or null when it closed the connection. */
	public String line() throws IOException {
		return in.readLine();
	}

	/** Reads lines until one contains {@code expected}; fails if the connection ends first. */
	public String awaitLine(String expected) throws IOException {
		for (String line = line(); line != null; line = line()) {
			if (line.contains(expected)) {
				return line;
			}
		}
		throw new AssertionError("the listener closed the connection before sending " + expected);
	}

	/** True when the listener closes the connection within the read timeout (lines sent before are skipped). */
	public boolean closedByListener() throws IOException {
		try {
			while (true) {
				if (in.readLine() == null) {
					return true;
				}
			}
		}
		catch (SocketTimeoutException e) {
			return false;
		}
		catch (IOException e) {
			return true;
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
