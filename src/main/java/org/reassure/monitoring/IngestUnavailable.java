package org.reassure.monitoring;

/**
 * The pipeline could not take or confirm reports in time (queue full, database unavailable, shutting down). Nothing
 * was acknowledged: the sender should send again later; reports already stored are counted as duplicates then.
 */
public class IngestUnavailable extends RuntimeException {

	public IngestUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

	public IngestUnavailable(String message) {
		super(message);
	}
}
