package org.reassure.guarantees;

import java.time.Clock;
import java.util.List;

import org.reassure.access.Actors;
import org.reassure.guarantees.internal.Declarations;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The declarations the guarantee system rests on; the secretariat records new ones.
 */
@Service
public class DeclarationRegister {

	private final Declarations declarations;
	private final CoalitionChecks coalition;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DeclarationRegister(Declarations declarations, CoalitionChecks coalition, Ledger ledger, Actors actors, ApplicationEventPublisher events,
			Clock clock) {
		this.declarations = declarations;
		this.coalition = coalition;
		this.ledger = ledger;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	public List<Declaration> all() {
		return declarations.all();
	}

	public Declaration find(String id) {
		return all().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("declaration", id));
	}

	@Transactional
	public Declaration record(Declaration declaration) {
		requireKnownFacts(declaration, coalition);
		declarations.add(declaration, actors.current().user(), clock.millis());
		ledger.record(LedgerEntry.of(actors.current(), "guarantees.declaration.recorded", declaration));
		events.publishEvent(new DeclarationRecorded(declaration));
		return declaration;
	}

	static void requireKnownFacts(Declaration declaration, CoalitionChecks coalition) {
		coalition.requireKnownSources("citations", declaration.citations());
		for (Declaration.CoveredComponent component : declaration.components()) {
			coalition.requireComponent("components.code", component.code());
			coalition.requireKnownSources("components.citations", component.citations());
		}
		for (Declaration.Signatory signatory : declaration.signatories()) {
			coalition.requireParticipant("signatories.nation", signatory.nation());
			coalition.requireKnownSources("signatories.citations", signatory.citations());
		}
	}
}
