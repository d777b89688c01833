package org.reassure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the embedded database's write-ahead log is copied back ({@code reassure.sqlite.checkpoint.*}; defaults and
 * meaning in application.yml): the log is looked at every {@code poll}, copied once it has not grown for
 * {@code idle}, and while writers never pause at least every {@code maxDelay}.
 */
@ConfigurationProperties("reassure.sqlite.checkpoint")
record CheckpointSettings(Duration poll, Duration idle, Duration maxDelay) {

	CheckpointSettings {
		requirePositive("poll", poll);
		requirePositive("idle", idle);
		requirePositive("max-delay", maxDelay);
		if (maxDelay.compareTo(idle) < 0) {
			throw new IllegalArgumentException("reassure.sqlite.checkpoint.max-delay (" + maxDelay + ") must not be shorter than idle (" + idle + ")");
		}
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("reassure.sqlite.checkpoint." + name + " must be a positive duration, was " + value);
		}
	}
}
