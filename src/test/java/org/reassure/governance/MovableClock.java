package org.reassure.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/**
 * A clock that runs like the system clock but can be moved forward, so tests can pass a deadline.
 */
public class MovableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public void advance(Duration duration) {
		offset.updateAndGet(d -> d.plus(duration));
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	/** The governance test context: the movable clock, and a record of the events the module publishes. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

		@Bean
		PublishedEvents publishedEvents() {
			return new PublishedEvents();
		}
	}

	/** Every governance event published in the context, whichever thread published it. */
	public static class PublishedEvents {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener({ ProposalOpened.class, BallotCast.class, BallotChanged.class, BallotWithdrawn.class, ProposalDecided.class,
				WeightTableLoaded.class, StatutesAdopted.class })
		void record(Object event) {
			events.add(event);
		}

		public <T> List<T> of(Class<T> type) {
			return events.stream().filter(type::isInstance).map(type::cast).toList();
		}
	}
}
