package org.reassure.guarantees;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reassure.guarantees.internal.Declarations;
import org.reassure.guarantees.internal.GuaranteesFile;
import org.reassure.guarantees.internal.PeacePlans;
import org.reassure.guarantees.internal.RatificationRoutes;
import org.reassure.guarantees.internal.ReadinessRevision;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in data of the guarantee system, built from the coalition's sources: the declarations,
 * the peace plan and any documented ratification route are stored on first start (loading again
 * adds only what is missing); the red lines and the note on ratification are reference data.
 */
@Service
public class GuaranteesDataset {

	private final GuaranteesFile file;
	private final Declarations declarations;
	private final PeacePlans plans;
	private final RatificationRoutes routes;
	private final ReadinessRevision revisions;
	private final CoalitionChecks coalition;
	private final Ledger ledger;
	private final Clock clock;

	GuaranteesDataset(@Value("${reassure.guarantees.dataset:classpath:guarantees/guarantees.json}") Resource location, JsonMapper json,
			Declarations declarations, PeacePlans plans, RatificationRoutes routes, ReadinessRevision revisions, CoalitionChecks coalition, Ledger ledger,
			Clock clock) {
		this.file = read(location, json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
		this.declarations = declarations;
		this.plans = plans;
		this.routes = routes;
		this.revisions = revisions;
		this.coalition = coalition;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Stores what the data file holds and the database does not; returns the identifiers added. */
	@Transactional
	public List<String> loadBuiltIn() {
		List<String> added = new ArrayList<>();
		for (GuaranteesFile.DeclarationEntry entry : file.declarations()) {
			if (!declarations.exists(entry.id())) {
				Declaration declaration = entry.toDeclaration();
				DeclarationRegister.requireKnownFacts(declaration, coalition);
				declarations.add(declaration, Actor.SYSTEM.user(), clock.millis());
				added.add(declaration.id());
			}
		}
		for (GuaranteesFile.PlanEntry entry : file.peacePlans()) {
			if (!plans.exists(entry.id())) {
				PeacePlan plan = entry.toPlan();
				coalition.requireKnownSources("peacePlans.citations", plan.citations());
				plan.reported().forEach(r -> coalition.requireKnownSources("peacePlans.reported.citations", r.citations()));
				plans.add(plan);
				added.add(plan.id());
			}
		}
		for (GuaranteesFile.RouteEntry entry : file.ratification().routes()) {
			RatificationRoute route = entry.toRoute();
			if (routes.find(route.nation()).isEmpty()) {
				coalition.requireKnownSources("ratification.routes.citations", route.citations());
				routes.save(route, Actor.SYSTEM.user(), clock.millis());
				revisions.bump();
				added.add("route-" + route.nation());
			}
		}
		if (!added.isEmpty()) {
			ledger.record(LedgerEntry.of(Actor.SYSTEM, "guarantees.dataset.loaded", Map.of("version", file.version(), "added", added)));
		}
		return added;
	}

	public List<RedLineReference> redLines() {
		return file.redLines().stream().map(GuaranteesFile.RedLineEntry::toReference).toList();
	}

	/** What the sources say about ratification across the coalition. */
	public SourcedNote ratificationNote() {
		return file.ratification().toNote();
	}

	private static GuaranteesFile read(Resource location, JsonMapper json) {
		try (InputStream in = location.getInputStream()) {
			return json.readValue(in, GuaranteesFile.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the guarantees data file " + location, e);
		}
	}
}
