package org.reassure.monitoring;

import java.io.InputStream;

import org.reassure.monitoring.pipeline.ReportPipeline;
import org.springframework.stereotype.Service;

/**
 * The one way reports enter the platform, whatever the transport: parse, validate (fields, observation time, the
 * sender's right to the source id), store durably with group commit, then fuse into incidents.
 */
@Service
public class ReportIngest {

	private final ReportPipeline pipeline;
	private final ObservationTimeRule timeRule;

	ReportIngest(ReportPipeline pipeline, ObservationTimeRule timeRule) {
		this.pipeline = pipeline;
		this.timeRule = timeRule;
	}

	/** Parses the whole input as {@code source}'s and returns once its good reports are durable. */
	public IngestReceipt ingest(MonitoringSource source, ReportFormat format, InputStream input) {
		IngestSession session = open(source, format);
		parser(format).parse(input, session);
		return session.flush();
	}

	/** A session for a long-lived stream (a TCP connection): feed it through {@link #parser}, flush when the input pauses. */
	public IngestSession open(MonitoringSource source, ReportFormat format) {
		return new IngestSession(source, format, pipeline);
	}

	public ReportParser parser(ReportFormat format) {
		return format.parser(timeRule);
	}

	public PipelineStats stats() {
		return pipeline.stats();
	}
}
