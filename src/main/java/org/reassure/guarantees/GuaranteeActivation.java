package org.reassure.guarantees;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.reassure.access.Actors;
import org.reassure.guarantees.internal.ActivationRecords;
import org.reassure.guarantees.internal.Commitments;
import org.reassure.guarantees.internal.Consultations;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activation of the guarantee system. The secretariat declares the ceasefire and its entry into
 * force; the Special Commission opens a breach review, then closes it or determines an attack,
 * which opens consultations of every nation with a commitment in case of attack. Every move is
 * one transaction with its history row and ledger entry.
 */
@Service
public class GuaranteeActivation {

	public static final String COMMITMENTS_IF_ATTACKED = "COMMITMENTS_IF_ATTACKED";
	public static final int MAX_CONSULTATION_HOURS = 24 * 30;
	private static final Logger log = LoggerFactory.getLogger(GuaranteeActivation.class);

	private final ActivationRecords records;
	private final Consultations consultations;
	private final Commitments commitments;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration consultationWindow;

	GuaranteeActivation(ActivationRecords records, Consultations consultations, Commitments commitments, Ledger ledger, Actors actors,
			ApplicationEventPublisher events, Clock clock, @Value("${reassure.guarantees.consultation-hours:72}") int consultationHours) {
		this.records = records;
		this.consultations = consultations;
		this.commitments = commitments;
		this.ledger = ledger;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
		this.consultationWindow = Duration.ofHours(requireHours(consultationHours));
	}

	public ActivationStatus status() {
		GuaranteeSystem system = records.current();
		return new ActivationStatus(system, Transition.from(system.state()), records.history(), consultations.latest());
	}

	public Duration defaultConsultationWindow() {
		return consultationWindow;
	}

	@Transactional
	public ActivationChanged declareCeasefire(String reason) {
		return make(Transition.DECLARE_CEASEFIRE, reason);
	}

	@Transactional
	public ActivationChanged ceasefireEntersIntoForce(String reason) {
		return make(Transition.CEASEFIRE_ENTERS_INTO_FORCE, reason);
	}

	@Transactional
	public ActivationChanged openBreachReview(String reason) {
		return make(Transition.OPEN_BREACH_REVIEW, reason);
	}

	/**
	 * Opens a breach review on a monitoring alert, for a listener of the monitoring module's alerts
	 * (no user is signed in there). An alert while the ceasefire is not in force, or while a
	 * review is already open, changes nothing and returns empty.
	 */
	@Transactional
	public Optional<ActivationChanged> openBreachReview(BreachAlert alert) {
		GuaranteeSystem system = records.current();
		if (system.state() != Transition.OPEN_BREACH_REVIEW.from()) {
			log.info("Monitoring alert {}/{} left aside: the guarantee system is in {}", alert.source(), alert.reference(), system.state());
			return Optional.empty();
		}
		return Optional.of(store(system, system.openBreachReview(alert.reason(), Actor.SYSTEM, now()), Actor.SYSTEM));
	}

	@Transactional
	public ActivationChanged closeBreachReview(String reason) {
		return make(Transition.CLOSE_BREACH_REVIEW, reason);
	}

	/** Determines an attack and opens consultations; {@code hours} null takes the configured default (72 hours unless set otherwise). */
	@Transactional
	public ActivationChanged determineAttack(String reason, Integer hours) {
		Duration window = hours == null ? consultationWindow : Duration.ofHours(requireHours(hours));
		ActivationChanged change = make(Transition.DETERMINE_ATTACK, reason);
		List<NationCode> nations = commitments.nationsCommittedTo(COMMITMENTS_IF_ATTACKED);
		Consultation consultation = Consultation.open(change, window, nations);
		consultations.add(consultation);
		ledger.record(LedgerEntry.of(actors.current(), "guarantees.consultation.opened",
				new AttackDetermined(consultation.id(), consultation.deadline(), consultation.nations())));
		events.publishEvent(new AttackDetermined(consultation.id(), consultation.deadline(), consultation.nations()));
		return change;
	}

	/** Records the answer of the caller's nation to the open consultation. */
	@Transactional
	public ConsultationResponse respond(ResponsePosition position, String statement) {
		Consultation consultation = consultations.latest()
			.orElseThrow(() -> new Conflict("state", "no consultation is open: the guarantee system is in " + records.current().state()));
		ConsultationResponse response = consultation.respond(position, statement, actors.current(), now());
		consultations.answer(response);
		ledger.record(LedgerEntry.of(actors.current(), "guarantees.consultation.answered", response));
		events.publishEvent(response);
		return response;
	}

	private ActivationChanged make(Transition transition, String reason) {
		if (!transition.mayBeMadeBy(actors.currentRoles())) {
			throw new AccessDeniedException("only " + transition.triggeredBy() + " may " + transition);
		}
		GuaranteeSystem system = records.current();
		return store(system, system.move(transition, reason, actors.current(), now()), actors.current());
	}

	private ActivationChanged store(GuaranteeSystem system, ActivationChanged change, Actor actor) {
		records.apply(system, change);
		ledger.record(LedgerEntry.of(actor, "guarantees.activation." + change.transition().name().toLowerCase().replace('_', '-'), change));
		events.publishEvent(change);
		return change;
	}

	/** Instants are stored in milliseconds; what the caller gets back is what is stored. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static int requireHours(int hours) {
		if (hours < 1 || hours > MAX_CONSULTATION_HOURS) {
			throw new RuleViolation("consultationHours", "range", "consultations last 1 to " + MAX_CONSULTATION_HOURS + " hours, was: " + hours);
		}
		return hours;
	}
}
