package org.reassure.monitoring.listener;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The connection's input as the parser reads it. Before it blocks for more bytes it makes everything parsed so far
 * durable and acknowledged ({@link Pause}), so a sender is acknowledged as soon as it pauses. It bounds time: an
 * event must arrive whole within the event timeout of its first non-blank byte (a slowloris sender trickles bytes
 * and never finishes), and an event must complete within the idle timeout of the previous one (blank bytes do not
 * count as progress). It reads end of stream once {@link #stop()} is called.
 *
 * <p>A parser turns a failing read into a rejection of the document; the input keeps the real cause, and
 * {@link #rethrowInterruption()} brings it back once the parser has returned.
 */
final class PacedInput extends FilterInputStream {

	/** What to do before blocking on the socket. */
	@FunctionalInterface
	interface Pause {

		void beforeBlocking() throws IOException;
	}

	/** The sender took too long; {@code midEvent} tells a stalled event from an idle connection. */
	static final class TooSlow extends SocketTimeoutException {

		final boolean midEvent;

		TooSlow(boolean midEvent) {
			super(midEvent ? "an event did not arrive whole in time" : "no event in time");
			this.midEvent = midEvent;
		}
	}

	private final Socket socket;
	private final long idleNanos;
	private final long eventNanos;
	private final Pause pause;
	private long lastProgress = System.nanoTime();
	private long eventStarted;
	private boolean stopped;
	private IOException ioInterruption;
	private RuntimeException interruption;

	PacedInput(InputStream in, Socket socket, long idleNanos, long eventNanos, Pause pause) {
		super(in);
		this.socket = socket;
		this.idleNanos = idleNanos;
		this.eventNanos = eventNanos;
		this.pause = pause;
	}

	/** An event ended (as a report or a rejection): the clocks start again. */
	void eventEnded() {
		lastProgress = System.nanoTime();
		eventStarted = 0;
	}

	/** The parser reads no further: the connection is being closed. */
	void stop() {
		stopped = true;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	/** Throws what stopped the input, if it was not the parser's own doing. */
	void rethrowInterruption() throws IOException {
		if (ioInterruption != null) {
			throw ioInterruption;
		}
		if (interruption != null) {
			throw interruption;
		}
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (stopped) {
			return -1;
		}
		try {
			return paced(buffer, offset, length);
		}
		catch (IOException e) {
			ioInterruption = e;
			stopped = true;
			throw e;
		}
		catch (RuntimeException e) {
			interruption = e;
			stopped = true;
			throw e;
		}
	}

	private int paced(byte[] buffer, int offset, int length) throws IOException {
		if (in.available() == 0) {
			pause.beforeBlocking();
			if (stopped) {
				return -1;
			}
			socket.setSoTimeout(timeoutMillis());
		}
		int n;
		try {
			n = in.read(buffer, offset, length);
		}
		catch (SocketTimeoutException e) {
			throw new TooSlow(eventStarted != 0);
		}
		if (n > 0 && eventStarted == 0 && !blank(buffer, offset, n)) {
			eventStarted = System.nanoTime();
		}
		return n;
	}

	private int timeoutMillis() throws TooSlow {
		long now = System.nanoTime();
		long deadline = lastProgress + idleNanos;
		if (eventStarted != 0) {
			deadline = Math.min(deadline, eventStarted + eventNanos);
		}
		long remaining = (deadline - now) / 1_000_000;
		if (remaining <= 0) {
			throw new TooSlow(eventStarted != 0);
		}
		return (int) Math.min(Integer.MAX_VALUE, remaining);
	}

	private static boolean blank(byte[] buffer, int offset, int length) {
		for (int i = offset; i < offset + length; i++) {
			byte b = buffer[i];
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
				return false;
			}
		}
		return true;
	}
}
