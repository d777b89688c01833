package org.reassure.guarantees.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.guarantees.CommitmentId;
import org.reassure.guarantees.GuaranteesReference;
import org.reassure.guarantees.RatificationRoute;
import org.reassure.guarantees.RatificationStep;
import org.reassure.guarantees.RatificationTracker;
import org.reassure.guarantees.ReadinessOverview;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;
import org.reassure.web.RenderedFragments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ratification tracker's pages: the readiness overview "if a ceasefire were declared today",
 * and each nation's route, steps and commitments.
 */
@Controller
class RatificationPages {

	private static final String OVERVIEW = "/guarantees/ratification";

	private final RatificationTracker tracker;
	private final GuaranteesReference reference;
	private final Actors actors;
	private final RenderedFragments fragments;

	RatificationPages(RatificationTracker tracker, GuaranteesReference reference, Actors actors, RenderedFragments fragments) {
		this.tracker = tracker;
		this.reference = reference;
		this.actors = actors;
		this.fragments = fragments;
	}

	/** The route form; chambers one per line. */
	record RouteForm(String documented, String parliamentVote, String chambers, String note, String source, String quote, String description) {

		RatificationRoute route(NationCode nation) {
			if (FormInput.text(documented) == null) {
				throw new RuleViolation("documented", "required", "say whether a source documents the route");
			}
			boolean isDocumented = "true".equals(documented);
			List<String> named = FormInput.text(chambers) == null ? List.of()
					: Arrays.stream(chambers.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
			return new RatificationRoute(nation, isDocumented, isDocumented ? Boolean.valueOf("true".equals(parliamentVote)) : null,
					isDocumented ? named : List.of(), FormInput.text(note), FormInput.citation(source, quote, description));
		}
	}

	record StepForm(String date, String kind, String chamber, String outcome, String description, String commitment, String source, String quote,
			String citationDescription) {

		RatificationStep step(NationCode nation) {
			return new RatificationStep(RatificationStep.nextId(), nation, FormInput.date("date", date),
					FormInput.choice("kind", RatificationStep.Kind.class, kind), FormInput.text(chamber),
					FormInput.choice("outcome", RatificationStep.Outcome.class, outcome), FormInput.text(description),
					FormInput.text(commitment) == null ? null : new CommitmentId(commitment.strip()),
					FormInput.citation(source, quote, citationDescription));
		}
	}

	@GetMapping(OVERVIEW)
	String overview(Model model, Locale locale) {
		ReadinessOverview overview = tracker.overview();
		model.addAttribute("overview", overview);
		model.addAttribute("readinessTable", table(overview, locale));
		model.addAttribute("note", reference.ratificationNote());
		model.addAttribute("routes", tracker.documentedRoutes());
		return "guarantees/ratification";
	}

	/**
	 * The table is the same for every reader: it is rendered once per overview and language, not on
	 * every request (with 60 nations it is most of the page's work). The tracker hands out the same
	 * overview instance until the data changes, so comparing versions costs next to nothing.
	 */
	private String table(ReadinessOverview overview, Locale locale) {
		return fragments.render("guarantees/readiness-table", "table", null, overview, locale,
				() -> Map.of("overview", overview, "components", reference.componentsByCode()));
	}

	@GetMapping(OVERVIEW + "/{nation}")
	String nation(@PathVariable String nation, Model model) {
		NationCode code = new NationCode(nation);
		model.addAttribute("nation", code);
		model.addAttribute("ratification", tracker.of(code));
		model.addAttribute("components", reference.componentsByCode());
		model.addAttribute("sources", reference.sources());
		model.addAttribute("kinds", RatificationStep.Kind.values());
		model.addAttribute("outcomes", RatificationStep.Outcome.values());
		model.addAttribute("canDocument", actors.currentHas(Role.SECRETARIAT) || (actors.currentHas(Role.NATION_LIAISON) && actors.current().actsFor(code)));
		return "guarantees/nation";
	}

	@PostMapping(OVERVIEW + "/{nation}/route")
	String documentRoute(@PathVariable String nation, @ModelAttribute RouteForm form, RedirectAttributes flash) {
		String back = OVERVIEW + "/" + nation;
		return FormInput.attempt(flash, back, () -> {
			tracker.document(form.route(new NationCode(nation)));
			return back;
		});
	}

	@PostMapping(OVERVIEW + "/{nation}/steps")
	String recordStep(@PathVariable String nation, @ModelAttribute StepForm form, RedirectAttributes flash) {
		String back = OVERVIEW + "/" + nation;
		return FormInput.attempt(flash, back, () -> {
			tracker.record(form.step(new NationCode(nation)));
			return back;
		});
	}
}
