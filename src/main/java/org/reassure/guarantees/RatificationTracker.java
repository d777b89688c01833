package org.reassure.guarantees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.guarantees.internal.Commitments;
import org.reassure.guarantees.internal.RatificationRoutes;
import org.reassure.guarantees.internal.ReadinessRevision;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratification: each nation's constitutional route and steps, and the readiness overview "if a
 * ceasefire were declared today". A nation's liaison documents its own nation's route and steps;
 * the secretariat may document any nation's.
 */
@Service
public class RatificationTracker {

	private final RatificationRoutes routes;
	private final Commitments commitments;
	private final CommitmentRegistry registry;
	private final ReadinessRevision revisions;
	private final CoalitionChecks coalition;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AtomicReference<ComputedOverview> computed = new AtomicReference<>();

	/** An overview and the revision and day it was computed for. */
	private record ComputedOverview(long revision, LocalDate day, ReadinessOverview overview) {
	}

	RatificationTracker(RatificationRoutes routes, Commitments commitments, CommitmentRegistry registry, ReadinessRevision revisions, CoalitionChecks coalition,
			Ledger ledger, Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.routes = routes;
		this.commitments = commitments;
		this.registry = registry;
		this.revisions = revisions;
		this.coalition = coalition;
		this.ledger = ledger;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The coalition-wide overview for today. It is computed again only when a commitment or a route
	 * changed (the revision counter moved) or the day changed.
	 */
	public ReadinessOverview overview() {
		LocalDate day = today();
		long revision = revisions.current();
		ComputedOverview cached = computed.get();
		if (cached != null && cached.revision() == revision && cached.day().equals(day)) {
			return cached.overview();
		}
		Map<NationCode, RatificationRoute> documented = routes.all().stream().collect(Collectors.toMap(RatificationRoute::nation, Function.identity()));
		ReadinessOverview overview = ReadinessOverview.of(day, coalition.componentCodes(), commitments.all(),
				n -> documented.getOrDefault(n, RatificationRoute.undocumented(n)));
		computed.set(new ComputedOverview(revision, day, overview));
		return overview;
	}

	public RatificationRoute route(NationCode nation) {
		coalition.requireParticipant("nation", nation);
		return routes.find(nation).orElse(RatificationRoute.undocumented(nation));
	}

	/** The routes stored so far (participants without one have none documented). */
	public List<RatificationRoute> documentedRoutes() {
		return routes.all();
	}

	public NationRatification of(NationCode nation) {
		RatificationRoute route = route(nation);
		LocalDate day = today();
		return new NationRatification(route, routes.steps(nation),
				registry.visible(nation).stream().map(c -> new NationRatification.CommitmentReadiness(c, c.readiness(route, day))).toList());
	}

	@Transactional
	public RatificationRoute document(RatificationRoute route) {
		Actor actor = actors.current();
		requireMayDocument(actor, route.nation());
		coalition.requireParticipant("nation", route.nation());
		coalition.requireKnownSources("citations", route.citations());
		routes.save(route, actor.user(), clock.millis());
		revisions.bump();
		ledger.record(LedgerEntry.of(actor, "guarantees.route.documented", route));
		events.publishEvent(new RatificationRouteDocumented(route, actor.user()));
		return route;
	}

	@Transactional
	public RatificationStep record(RatificationStep step) {
		Actor actor = actors.current();
		requireMayDocument(actor, step.nation());
		RatificationRoute route = route(step.nation());
		step.requireFits(route);
		coalition.requireKnownSources("citations", step.citations());
		if (step.commitment() != null && commitments.find(step.commitment()).filter(c -> c.terms().nation().equals(step.nation())).isEmpty()) {
			throw new RuleViolation("commitment", "own-nation", "commitment " + step.commitment() + " is not a commitment of " + step.nation());
		}
		routes.add(step, actor.user(), clock.millis());
		ledger.record(LedgerEntry.of(actor, "guarantees.ratification-step.recorded", step));
		events.publishEvent(new RatificationStepRecorded(step, actor.user()));
		return step;
	}

	private void requireMayDocument(Actor actor, NationCode nation) {
		if (!actors.currentHas(Role.SECRETARIAT) && !actor.actsFor(nation)) {
			throw new RuleViolation("nation", "own-nation", "a liaison documents only its own nation's ratification; "
					+ (actor.nation() == null ? "you act for no nation" : "you act for " + actor.nation() + ", not " + nation));
		}
	}
}
