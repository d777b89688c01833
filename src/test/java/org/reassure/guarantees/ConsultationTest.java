package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

class ConsultationTest {

	static final Instant DETERMINED = Instant.parse("2026-03-01T10:00:00Z");
	static final NationCode FR = NationCode.of("FR");
	static final NationCode GB = NationCode.of("GB");

	private final Consultation consultation = Consultation.open(new ActivationChanged(5, Transition.DETERMINE_ATTACK,
			ActivationState.BREACH_UNDER_REVIEW, ActivationState.ATTACK_DETERMINED, "attack", "commission", null, DETERMINED), Duration.ofHours(72),
			List.of(FR, GB));

	@Test
	void hasADeadlineAndWaitsForEveryNationConsulted() {
		assertThat(consultation.deadline()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
		assertThat(consultation.awaited()).containsExactly(FR, GB);
		ConsultationResponse answer = consultation.respond(ResponsePosition.ACTS, null, new Actor("gb", GB), DETERMINED.plusSeconds(60));
		Consultation answered = new Consultation(consultation.id(), consultation.openedAt(), consultation.deadline(), consultation.nations(),
				List.of(answer));
		assertThat(answered.awaited()).containsExactly(FR);
		assertThat(answered.answered()).containsExactly(GB);
		assertThat(answered.remaining(DETERMINED.plus(Duration.ofHours(70)))).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void refusesAnAnswerAfterTheDeadline() {
		assertThatThrownBy(() -> consultation.respond(ResponsePosition.ACTS, null, new Actor("fr", FR), consultation.deadline()))
			.isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.field()).isEqualTo("deadline"));
	}

	@Test
	void refusesANationThatIsNotConsulted() {
		assertThatThrownBy(() -> consultation.respond(ResponsePosition.ACTS, null, new Actor("de", NationCode.of("DE")), DETERMINED))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("nation"));
		assertThatThrownBy(() -> consultation.respond(ResponsePosition.ACTS, null, new Actor("staff", null), DETERMINED))
			.isInstanceOf(RuleViolation.class);
	}
}
