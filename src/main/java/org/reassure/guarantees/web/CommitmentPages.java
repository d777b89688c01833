package org.reassure.guarantees.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.guarantees.Commitment;
import org.reassure.guarantees.CommitmentCondition;
import org.reassure.guarantees.CommitmentId;
import org.reassure.guarantees.CommitmentKind;
import org.reassure.guarantees.CommitmentRegistry;
import org.reassure.guarantees.CommitmentStatus;
import org.reassure.guarantees.CommitmentTerms;
import org.reassure.guarantees.GuaranteesReference;
import org.reassure.guarantees.Measure;
import org.reassure.guarantees.MeasureUnit;
import org.reassure.guarantees.TimeSpan;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Commitment pages: the list the signed-in user may read, the form a liaison records its nation's
 * commitments with, and each commitment's history and next moves.
 */
@Controller
class CommitmentPages {

	private static final String LIST = "/guarantees/commitments";
	/** The moves the page offers from each status (the aggregate still refuses an illegal one). */
	private static final Map<CommitmentStatus, List<String>> MOVES = Map.of(CommitmentStatus.INTENT, List.of("government-approval", "withdrawal"),
			CommitmentStatus.GOVERNMENT_APPROVED, List.of("parliament-approval", "entry-into-force", "withdrawal"), CommitmentStatus.PARLIAMENT_APPROVED,
			List.of("entry-into-force", "withdrawal"), CommitmentStatus.IN_FORCE, List.of("withdrawal"), CommitmentStatus.WITHDRAWN, List.of());

	private final CommitmentRegistry registry;
	private final GuaranteesReference reference;
	private final Actors actors;

	CommitmentPages(CommitmentRegistry registry, GuaranteesReference reference, Actors actors) {
		this.registry = registry;
		this.reference = reference;
		this.actors = actors;
	}

	/** The commitment form's fields as typed; they are checked when turned into terms. */
	record CommitmentForm(String component, String kind, String quantity, String unit, String currency, String startsOn, String endsOn,
			List<String> conditions, String description) {

		CommitmentTerms terms(NationCode nation) {
			Set<CommitmentCondition> chosen = EnumSet.noneOf(CommitmentCondition.class);
			if (conditions != null) {
				conditions.forEach(c -> chosen.add(FormInput.choice("conditions", CommitmentCondition.class, c)));
			}
			return new CommitmentTerms(nation, FormInput.text(component), FormInput.choice("kind", CommitmentKind.class, kind),
					Measure.of(FormInput.number("quantity", quantity), FormInput.choice("unit", MeasureUnit.class, unit), FormInput.text(currency)),
					new TimeSpan(FormInput.date("startsOn", startsOn), FormInput.date("endsOn", endsOn)), chosen, FormInput.text(description));
		}
	}

	@GetMapping(LIST)
	String list(@RequestParam(required = false) String nation, Model model) {
		model.addAttribute("commitments", nation == null || nation.isBlank() ? registry.visible() : registry.visible(new NationCode(nation)));
		model.addAttribute("components", reference.componentsByCode());
		model.addAttribute("kinds", CommitmentKind.values());
		model.addAttribute("units", MeasureUnit.values());
		model.addAttribute("conditions", CommitmentCondition.values());
		model.addAttribute("canRecord", actors.currentHas(Role.NATION_LIAISON) && actors.current().nation() != null);
		model.addAttribute("ownNation", actors.current().nation());
		return "guarantees/commitments";
	}

	@PostMapping(LIST)
	String record(@ModelAttribute CommitmentForm form, RedirectAttributes flash) {
		return FormInput.attempt(flash, LIST, () -> LIST + "/" + registry.record(form.terms(actors.current().nation())).id());
	}

	@GetMapping(LIST + "/{id}")
	String commitment(@PathVariable String id, Model model) {
		CommitmentId commitmentId = new CommitmentId(id);
		Commitment commitment = registry.find(commitmentId);
		model.addAttribute("commitment", commitment);
		model.addAttribute("history", registry.history(commitmentId));
		model.addAttribute("components", reference.componentsByCode());
		model.addAttribute("canMove", actors.current().actsFor(commitment.terms().nation()) && actors.currentHas(Role.NATION_LIAISON));
		model.addAttribute("moves", MOVES.get(commitment.status()));
		return "guarantees/commitment";
	}

	@PostMapping(LIST + "/{id}/{move}")
	String move(@PathVariable String id, @PathVariable String move, @RequestParam(required = false) String note, RedirectAttributes flash) {
		String back = LIST + "/" + id;
		return FormInput.attempt(flash, back, () -> {
			CommitmentId commitmentId = new CommitmentId(id);
			String text = FormInput.text(note);
			Map.<String, Runnable>of("government-approval", () -> registry.approveByGovernment(commitmentId, text), "parliament-approval",
					() -> registry.approveByParliament(commitmentId, text), "entry-into-force", () -> registry.enterIntoForce(commitmentId, text),
					"withdrawal", () -> registry.withdraw(commitmentId, text))
				.getOrDefault(move, () -> {
					throw new RuleViolation("move", "one-of", "a move is government-approval, parliament-approval, entry-into-force or withdrawal");
				})
				.run();
			return back;
		});
	}
}
