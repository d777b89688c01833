package org.reassure;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CheckpointSettingsTest {

	@Test
	void refusesAMaxDelayShorterThanTheIdleWait() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointSettings(Duration.ofMillis(20), Duration.ofSeconds(2), Duration.ofSeconds(1)))
			.withMessageContaining("max-delay (PT1S) must not be shorter than idle (PT2S)");
	}

	@Test
	void refusesAZeroPoll() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointSettings(Duration.ZERO, Duration.ofMillis(50), Duration.ofSeconds(1)))
			.withMessageContaining("reassure.sqlite.checkpoint.poll must be a positive duration");
	}
}
