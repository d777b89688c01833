package org.reassure.guarantees;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * The consultations an attack determination opens: every nation with a commitment in case of
 * attack must answer before the deadline. Identified by the activation change that opened it.
 */
public record Consultation(long id, Instant openedAt, Instant deadline, List<NationCode> nations, List<ConsultationResponse> responses) {

	public static final int MAX_STATEMENT_LENGTH = 1000;

	public Consultation {
		Objects.requireNonNull(openedAt, "openedAt");
		Objects.requireNonNull(deadline, "deadline");
		nations = List.copyOf(nations);
		responses = List.copyOf(responses);
	}

	public static Consultation open(ActivationChanged determination, Duration window, List<NationCode> nations) {
		return new Consultation(determination.sequence(), determination.at(), determination.at().plus(window), nations, List.of());
	}

	public boolean isOpen(Instant now) {
		return now.isBefore(deadline);
	}

	public Duration remaining(Instant now) {
		return isOpen(now) ? Duration.between(now, deadline) : Duration.ZERO;
	}

	public List<NationCode> answered() {
		Set<NationCode> answered = responses.stream().map(ConsultationResponse::nation).collect(Collectors.toSet());
		return nations.stream().filter(answered::contains).toList();
	}

	public List<NationCode> awaited() {
		Set<NationCode> answered = responses.stream().map(ConsultationResponse::nation).collect(Collectors.toSet());
		return nations.stream().filter(n -> !answered.contains(n)).toList();
	}

	/** The answer of the actor's nation; it may be changed until the deadline. */
	public ConsultationResponse respond(ResponsePosition position, String statement, Actor by, Instant at) {
		NationCode nation = by.nation();
		if (nation == null || !nations.contains(nation)) {
			throw new RuleViolation("nation", "consulted", "only the nations with a commitment in case of attack answer: " + nations + "; "
					+ (nation == null ? "you act for no nation" : nation + " is not among them"));
		}
		if (!isOpen(at)) {
			throw new Conflict("deadline", "the consultation closed at " + deadline + "; answers are no longer accepted");
		}
		if (position == null) {
			throw new RuleViolation("position", "required", "give a position: ACTS, ACTS_IN_PART, AWAITS_NATIONAL_PROCEDURE or DOES_NOT_ACT");
		}
		if (statement != null && (statement.isBlank() || statement.length() > MAX_STATEMENT_LENGTH)) {
			throw new RuleViolation("statement", "length", "a statement is 1 to " + MAX_STATEMENT_LENGTH + " characters");
		}
		return new ConsultationResponse(id, nation, position, statement, by.user(), at);
	}
}
