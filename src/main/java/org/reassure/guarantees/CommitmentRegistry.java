package org.reassure.guarantees;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.guarantees.internal.Commitments;
import org.reassure.guarantees.internal.RatificationRoutes;
import org.reassure.guarantees.internal.ReadinessRevision;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National commitments. A nation's liaison records and moves its own nation's commitments only;
 * the secretariat and force planners read them all, a liaison reads its own nation's. Every change
 * is one transaction with its history row and its ledger entry.
 */
@Service
public class CommitmentRegistry {

	/** Roles that read every nation's commitments. */
	static final Set<Role> READ_ALL = Set.of(Role.SECRETARIAT, Role.PLANNER);

	private final Commitments commitments;
	private final RatificationRoutes routes;
	private final ReadinessRevision revisions;
	private final CoalitionChecks coalition;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CommitmentRegistry(Commitments commitments, RatificationRoutes routes, ReadinessRevision revisions, CoalitionChecks coalition, Ledger ledger,
			Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.commitments = commitments;
		this.routes = routes;
		this.revisions = revisions;
		this.coalition = coalition;
		this.ledger = ledger;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** What the caller may read: every commitment, or its own nation's. */
	public List<Commitment> visible() {
		if (readsAll()) {
			return commitments.all();
		}
		NationCode own = actors.current().nation();
		return own == null ? List.of() : commitments.of(own);
	}

	public List<Commitment> visible(NationCode nation) {
		if (readsAll() || actors.current().actsFor(nation)) {
			return commitments.of(nation);
		}
		return List.of();
	}

	public Commitment find(CommitmentId id) {
		return commitments.find(id).filter(this::visibleToCaller).orElseThrow(() -> new NotFound("commitment", id));
	}

	public List<CommitmentStatusChanged> history(CommitmentId id) {
		return commitments.history(find(id));
	}

	@Transactional
	public Commitment record(CommitmentTerms terms) {
		Actor actor = actors.current();
		requireOwnNation(actor, terms.nation());
		coalition.requireParticipant("nation", terms.nation());
		coalition.requireComponent("component", terms.component());
		Commitment commitment = Commitment.intent(terms);
		CommitmentStatusChanged recorded = commitment.recorded(actor, now());
		commitments.add(commitment, recorded);
		revisions.bump();
		ledger.record(LedgerEntry.of(actor, "guarantees.commitment.recorded", Map.of("id", commitment.id(), "terms", terms)));
		events.publishEvent(recorded);
		return commitment;
	}

	@Transactional
	public Commitment approveByGovernment(CommitmentId id, String note) {
		Commitment commitment = ownedByCaller(id);
		return apply(commitment, commitment.approveByGovernment(actors.current(), now(), checked(note)));
	}

	@Transactional
	public Commitment approveByParliament(CommitmentId id, String note) {
		Commitment commitment = ownedByCaller(id);
		return apply(commitment, commitment.approveByParliament(actors.current(), now(), checked(note)));
	}

	@Transactional
	public Commitment enterIntoForce(CommitmentId id, String note) {
		Commitment commitment = ownedByCaller(id);
		RatificationRoute route = routes.find(commitment.terms().nation()).orElse(RatificationRoute.undocumented(commitment.terms().nation()));
		return apply(commitment, commitment.enterIntoForce(route, actors.current(), now(), checked(note)));
	}

	@Transactional
	public Commitment withdraw(CommitmentId id, String note) {
		Commitment commitment = ownedByCaller(id);
		return apply(commitment, commitment.withdraw(actors.current(), now(), checked(note)));
	}

	private Commitment apply(Commitment commitment, CommitmentStatusChanged change) {
		commitments.move(commitment, change);
		revisions.bump();
		ledger.record(LedgerEntry.of(actors.current(), "guarantees.commitment." + change.to().name().toLowerCase().replace('_', '-'), change));
		events.publishEvent(change);
		return commitment.with(change);
	}

	private Commitment ownedByCaller(CommitmentId id) {
		Commitment commitment = find(id);
		requireOwnNation(actors.current(), commitment.terms().nation());
		return commitment;
	}

	private boolean visibleToCaller(Commitment commitment) {
		return readsAll() || actors.current().actsFor(commitment.terms().nation());
	}

	private boolean readsAll() {
		return actors.currentRoles().stream().anyMatch(READ_ALL::contains);
	}

	private static void requireOwnNation(Actor actor, NationCode nation) {
		if (!actor.actsFor(nation)) {
			throw new RuleViolation("nation", "own-nation", "a liaison records and moves only its own nation's commitments; "
					+ (actor.nation() == null ? "you act for no nation" : "you act for " + actor.nation() + ", not " + nation));
		}
	}

	private static String checked(String note) {
		if (note != null && (note.isBlank() || note.length() > 1000)) {
			throw new RuleViolation("note", "length", "a note is 1 to 1000 characters");
		}
		return note;
	}

	/** Instants are stored in milliseconds; what the caller gets back is what is stored. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}
}
