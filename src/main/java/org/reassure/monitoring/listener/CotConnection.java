package org.reassure.monitoring.listener;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.net.ssl.SSLSocket;

import org.reassure.monitoring.IngestReceipt;
import org.reassure.monitoring.IngestSession;
import org.reassure.monitoring.IngestUnavailable;
import org.reassure.monitoring.InputUnit;
import org.reassure.monitoring.MonitoringSource;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportFormat;
import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.ReportSink;
import org.reassure.monitoring.SourceRegistry;
import org.reassure.monitoring.ingest.CotAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Cursor-on-Target connection: identifies the source (auth element on TCP, pinned certificate on TLS), then
 * streams events into an ingest session. Whenever the sender pauses, what it sent so far is made durable and
 * acknowledged with {@code <reassure-ack accepted="N" duplicates="D"/>} (totals for the connection). The first
 * rejected event (malformed, oversized, invalid) ends the connection: the good events before it are stored and
 * acknowledged, the client gets {@code <reassure-nack event="I" reason="..."/>}, the rejection is counted and logged
 * without the payload, and the socket is closed. So is a stalled or silent connection.
 */
final class CotConnection implements Runnable {

	private static final Logger LOG = LoggerFactory.getLogger(CotConnection.class);
	private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_@/.-]*");

	private final Socket socket;
	private final CotServer server;
	private final ReportIngest ingest;
	private final SourceRegistry sources;
	private final ScheduledExecutorService watchdog;
	private String sourceId = "?";
	private OutputStream out;
	private long accepted;
	private long duplicates;

	CotConnection(Socket socket, CotServer server, ReportIngest ingest, SourceRegistry sources, ScheduledExecutorService watchdog) {
		this.socket = socket;
		this.server = server;
		this.ingest = ingest;
		this.sources = sources;
		this.watchdog = watchdog;
	}

	@Override
	public void run() {
		String outcome = "error";
		try (socket) {
			socket.setSoTimeout((int) server.settings().eventTimeout().toMillis());
			socket.setTcpNoDelay(true);
			out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
			Optional<MonitoringSource> source = identify(in);
			if (source.isEmpty()) {
				outcome = "auth";
				return;
			}
			sourceId = source.get().id();
			outcome = stream(source.get(), in);
		}
		catch (PacedInput.TooSlow e) {
			outcome = e.midEvent ? "stalled" : "idle";
		}
		catch (IngestUnavailable e) {
			outcome = "unavailable";
			LOG.warn("CoT {} connection from {} (source {}) closed without acknowledgement: {}", server.transport(), remote(), sourceId, e.getMessage());
		}
		catch (IOException e) {
			outcome = server.isRunning() ? "io" : "shutdown";
		}
		finally {
			server.closed(socket, outcome);
		}
	}

	private Optional<MonitoringSource> identify(InputStream in) throws IOException {
		if (socket instanceof SSLSocket tls) {
			tls.startHandshake();
			return PinnedCertificates.fingerprint(tls.getSession().getPeerCertificates()[0]).flatMap(sources::byCertificate);
		}
		try {
			CotAuthentication.Credentials credentials = CotAuthentication.read(in);
			Optional<MonitoringSource> source = sources.byToken(credentials.password()).filter(s -> s.id().equals(credentials.username()));
			if (source.isEmpty()) {
				send("<reassure-nack event=\"auth\" reason=\"unknown source or token\"/>\n");
			}
			return source;
		}
		catch (CotAuthentication.Refused e) {
			send("<reassure-nack event=\"auth\" reason=\"" + escape(e.getMessage()) + "\"/>\n");
			return Optional.empty();
		}
		catch (SocketTimeoutException e) {
			send("<reassure-nack event=\"auth\" reason=\"auth: no credentials within " + server.settings().eventTimeout().toMillis() + " ms\"/>\n");
			return Optional.empty();
		}
	}

	private String stream(MonitoringSource source, InputStream in) throws IOException {
		IngestSession session = ingest.open(source, ReportFormat.COT);
		PacedInput paced = new PacedInput(in, socket, server.settings().idleTimeout().toNanos(), server.settings().eventTimeout().toNanos(),
				() -> acknowledge(session));
		ingest.parser(ReportFormat.COT).parse(paced, new ConnectionSink(session, paced));
		paced.rethrowInterruption();
		Optional<Rejection> failure = acknowledge(session);
		if (failure.isEmpty()) {
			return "end";
		}
		server.rejected();
		LOG.info("CoT {} connection from {} (source {}) closed: event {} rejected ({})", server.transport(), remote(), sourceId,
				failure.get().index(), field(failure.get().reason()));
		send("<reassure-nack event=\"" + failure.get().index() + "\" reason=\"" + escape(failure.get().reason()) + "\"/>\n");
		return "rejected";
	}

	/** Waits for the commit of everything parsed so far, tells the client, and returns the first rejection, if any. */
	private Optional<Rejection> acknowledge(IngestSession session) throws IOException {
		if (!session.hasPending()) {
			return Optional.empty();
		}
		IngestReceipt receipt = session.flush();
		if (receipt.accepted() > 0) {
			accepted += receipt.accepted();
			duplicates += receipt.duplicates();
			send("<reassure-ack accepted=\"" + accepted + "\" duplicates=\"" + duplicates + "\"/>\n");
		}
		return receipt.rejected().stream().findFirst();
	}

	/** Writes to the client; one that does not read within the write timeout has its socket closed under it. */
	private void send(String line) throws IOException {
		ScheduledFuture<?> deadline = watchdog.schedule(server.closer(socket), server.settings().writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
		try {
			out.write(line.getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
		finally {
			deadline.cancel(false);
		}
	}

	private String remote() {
		return String.valueOf(socket.getInetAddress());
	}

	private static String field(String reason) {
		int colon = reason.indexOf(": ");
		String prefix = colon > 0 ? reason.substring(0, colon) : "";
		return FIELD.matcher(prefix).matches() ? "field " + prefix : "unreadable input";
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(Character.isISOControl(c) ? ' ' : c);
			}
		}
		return escaped.toString();
	}

	/** Passes reports on until the first rejection, then stops the input and ignores what the parser still holds. */
	private static final class ConnectionSink implements ReportSink {

		private final IngestSession session;
		private final PacedInput input;

		ConnectionSink(IngestSession session, PacedInput input) {
			this.session = session;
			this.input = input;
		}

		@Override
		public void accept(Report report) {
			accept(report, InputUnit.EVENT, 0);
		}

		@Override
		public void accept(Report report, InputUnit unit, long index) {
			if (session.rejectionCount() == 0) {
				input.eventEnded();
				session.accept(report, unit, index);
				stopOnRejection();
			}
		}

		@Override
		public void reject(Rejection rejection) {
			session.reject(rejection);
			input.eventEnded();
			stopOnRejection();
		}

		private void stopOnRejection() {
			if (session.rejectionCount() > 0) {
				input.stop();
			}
		}
	}
}
