package org.reassure.monitoring.listener;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLSocket;

import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.SourceRegistry;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One Cursor-on-Target port: an accepting thread and a bounded pool of connection threads (blocking I/O, one thread
 * per connection, at most {@code max-connections}, at most {@code max-connections-per-address} from one address).
 * A connection beyond either bound is closed at once and counted. Every connection is closed with its outcome
 * counted in {@code reassure.monitoring.cot.disconnects} (tags transport, outcome); rejected events are counted in
 * {@code reassure.monitoring.rejections} (tags transport, outcome=rejected).
 */
final class CotServer {

	private static final Logger LOG = LoggerFactory.getLogger(CotServer.class);

	private final String transport;
	private final ServerSocket serverSocket;
	private final MonitoringProperties.Cot settings;
	private final ReportIngest ingest;
	private final SourceRegistry sources;
	private final ScheduledExecutorService watchdog;
	private final MeterRegistry meters;
	private final ThreadPoolExecutor connections;
	private final Map<InetAddress, AtomicInteger> perAddress = new ConcurrentHashMap<>();
	private final Set<Socket> open = ConcurrentHashMap.newKeySet();
	private final Counter rejections;
	private final Thread acceptor;
	private volatile boolean running = true;

	CotServer(String transport, ServerSocket serverSocket, MonitoringProperties.Cot settings, ReportIngest ingest, SourceRegistry sources,
			ScheduledExecutorService watchdog, MeterRegistry meters) {
		this.transport = transport;
		this.serverSocket = serverSocket;
		this.settings = settings;
		this.ingest = ingest;
		this.sources = sources;
		this.watchdog = watchdog;
		this.meters = meters;
		AtomicInteger threads = new AtomicInteger();
		this.connections = new ThreadPoolExecutor(settings.maxConnections(), settings.maxConnections(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
				task -> daemon(task, "cot-" + transport + "-" + threads.incrementAndGet()));
		this.connections.allowCoreThreadTimeOut(true);
		this.rejections = meters.counter("reassure.monitoring.rejections", "transport", transport, "outcome", "rejected");
		this.acceptor = daemon(this::acceptAll, "cot-" + transport + "-accept");
		this.acceptor.start();
		LOG.info("Cursor-on-Target over {} listening on port {}", transport.toUpperCase(Locale.ROOT), port());
	}

	int port() {
		return serverSocket.getLocalPort();
	}

	String transport() {
		return transport;
	}

	MonitoringProperties.Cot settings() {
		return settings;
	}

	boolean isRunning() {
		return running;
	}

	void rejected() {
		rejections.increment();
	}

	/** A task that closes the socket, for a watchdog. */
	Runnable closer(Socket socket) {
		return () -> closeQuietly(socket);
	}

	/** Called once by each connection as it ends. */
	void closed(Socket socket, String outcome) {
		open.remove(socket);
		release(socket.getInetAddress());
		disconnected(outcome);
	}

	void stop() {
		running = false;
		closeQuietly(serverSocket);
		open.forEach(CotServer::closeQuietly);
		connections.shutdown();
		try {
			connections.awaitTermination(10, TimeUnit.SECONDS);
			acceptor.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void acceptAll() {
		while (running) {
			Socket socket;
			try {
				socket = serverSocket.accept();
			}
			catch (IOException e) {
				if (running) {
					LOG.warn("Cursor-on-Target {} accept failed: {}", transport, e.getMessage());
				}
				continue;
			}
			admit(socket);
		}
	}

	private void admit(Socket socket) {
		InetAddress address = socket.getInetAddress();
		if (perAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet() > settings.maxConnectionsPerAddress()) {
			release(address);
			refuse(socket, "refused-address", "more than " + settings.maxConnectionsPerAddress() + " connections from this address");
			return;
		}
		open.add(socket);
		try {
			connections.execute(new CotConnection(socket, this, ingest, sources, watchdog));
		}
		catch (RejectedExecutionException e) {
			open.remove(socket);
			release(address);
			refuse(socket, "refused-capacity", "the listener holds its most connections (" + settings.maxConnections() + "); connect again later");
		}
	}

	/**
	 * Tells a plain-TCP client why before closing: the line fits the empty send buffer of a new socket, so the accepting
	 * thread does not wait. A TLS client is not told: writing would first run the handshake on this thread.
	 */
	private void refuse(Socket socket, String outcome, String reason) {
		LOG.info("CoT {} connection from {} refused: {}", transport, socket.getInetAddress(), reason);
		if (!(socket instanceof SSLSocket)) {
			try {
				socket.getOutputStream().write(("<reassure-nack event=\"connection\" reason=\"" + reason + "\"/>\n").getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				LOG.debug("CoT {} client {} left before hearing why it was refused: {}", transport, socket.getInetAddress(), e.getMessage());
			}
		}
		closeQuietly(socket);
		disconnected(outcome);
	}

	private void release(InetAddress address) {
		perAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
	}

	private void disconnected(String outcome) {
		meters.counter("reassure.monitoring.cot.disconnects", "transport", transport, "outcome", outcome).increment();
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException e) {
			// closing: nothing more to do with it
		}
	}
}
