package org.reassure.monitoring.listener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManager;

import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.SourceRegistry;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.reassure.monitoring.pipeline.ReportPipeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Cursor-on-Target ports: plain TCP ({@code reassure.monitoring.cot.tcp-port}, 8087; sources authenticate with
 * an auth element) and TLS ({@code tls-port}, 8089; sources authenticate with a pinned client certificate, and the
 * port opens only when {@code tls.key-store} names the listener's own key store). Off when
 * {@code reassure.listeners.enabled} is false, as for command-line tools.
 */
@Component
public class CotListeners implements SmartLifecycle {

	private static final int BACKLOG = 128;
	private static final String[] TLS_PROTOCOLS = { "TLSv1.3", "TLSv1.2" };

	private final MonitoringProperties.Cot settings;
	private final ReportIngest ingest;
	private final SourceRegistry sources;
	private final MeterRegistry meters;
	private final boolean enabled;
	private ScheduledExecutorService watchdog;
	private CotServer tcp;
	private CotServer tls;

	CotListeners(MonitoringProperties properties, ReportIngest ingest, SourceRegistry sources, MeterRegistry meters,
			@Value("${reassure.listeners.enabled:true}") boolean enabled) {
		this.settings = properties.cot();
		this.ingest = ingest;
		this.sources = sources;
		this.meters = meters;
		this.enabled = enabled;
	}

	/** The port the plain listener is bound to, -1 when it is off. */
	public int tcpPort() {
		return tcp == null ? -1 : tcp.port();
	}

	/** The port the TLS listener is bound to, -1 when it is off. */
	public int tlsPort() {
		return tls == null ? -1 : tls.port();
	}

	@Override
	public void start() {
		watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "cot-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		try {
			InetAddress address = InetAddress.getByName(settings.bindAddress());
			if (settings.tcpPort() >= 0) {
				tcp = new CotServer("tcp", new ServerSocket(settings.tcpPort(), BACKLOG, address), settings, ingest, sources, watchdog, meters);
			}
			if (settings.tlsPort() >= 0 && settings.tls().configured()) {
				tls = new CotServer("tls", tlsSocket(address), settings, ingest, sources, watchdog, meters);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot open the Cursor-on-Target ports", e);
		}
	}

	@Override
	public void stop() {
		if (tcp != null) {
			tcp.stop();
			tcp = null;
		}
		if (tls != null) {
			tls.stop();
			tls = null;
		}
		if (watchdog != null) {
			watchdog.shutdownNow();
			watchdog = null;
		}
	}

	@Override
	public boolean isRunning() {
		return watchdog != null;
	}

	@Override
	public boolean isAutoStartup() {
		return enabled;
	}

	/** Starts after the pipeline, stops before it. */
	@Override
	public int getPhase() {
		return ReportPipeline.PHASE + 1;
	}

	private ServerSocket tlsSocket(InetAddress address) throws IOException {
		MonitoringProperties.Tls config = settings.tls();
		try (InputStream keys = Files.newInputStream(Path.of(config.keyStore()))) {
			char[] password = config.keyStorePassword() == null ? new char[0] : config.keyStorePassword().toCharArray();
			KeyStore store = KeyStore.getInstance(config.keyStoreType());
			store.load(keys, password);
			KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keyManagers.init(store, password);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keyManagers.getKeyManagers(), new TrustManager[] { new PinnedCertificates(sources) }, null);
			SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(settings.tlsPort(), BACKLOG, address);
			socket.setNeedClientAuth(true);
			socket.setEnabledProtocols(TLS_PROTOCOLS);
			return socket;
		}
		catch (GeneralSecurityException e) {
			throw new IOException("the TLS key store " + config.keyStore() + " cannot be used: " + e.getMessage(), e);
		}
	}
}
