package org.reassure.guarantees.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.guarantees.DeclarationRegister;
import org.reassure.guarantees.GuaranteesReference;
import org.reassure.guarantees.PeacePlan;
import org.reassure.guarantees.PeacePlanTracker;
import org.reassure.guarantees.PlanPoint;
import org.reassure.guarantees.RedLine;
import org.reassure.shared.NationCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The declarations page and the peace-plan tracker's page.
 */
@Controller
class ReferencePages {

	private static final String PLANS = "/guarantees/peace-plans";

	private final DeclarationRegister declarations;
	private final PeacePlanTracker plans;
	private final GuaranteesReference reference;
	private final Actors actors;

	ReferencePages(DeclarationRegister declarations, PeacePlanTracker plans, GuaranteesReference reference, Actors actors) {
		this.declarations = declarations;
		this.plans = plans;
		this.reference = reference;
		this.actors = actors;
	}

	@GetMapping("/guarantees/declarations")
	String declarations(Model model) {
		model.addAttribute("declarations", declarations.all());
		model.addAttribute("components", reference.componentsByCode());
		return "guarantees/declarations";
	}

	@GetMapping(PLANS)
	String plans(Model model) {
		model.addAttribute("plans", plans.all());
		model.addAttribute("redLines", reference.redLines());
		model.addAttribute("statuses", PlanPoint.Status.values());
		model.addAttribute("positions", PlanPoint.Position.values());
		model.addAttribute("assessments", PlanPoint.Assessment.values());
		model.addAttribute("canEdit", actors.currentHas(Role.SECRETARIAT));
		return "guarantees/peace-plans";
	}

	@PostMapping(PLANS + "/{id}/points")
	String addPoint(@PathVariable String id, @RequestParam(required = false) String title, @RequestParam(required = false) String text,
			RedirectAttributes flash) {
		return FormInput.attempt(flash, PLANS, () -> PLANS + "#point-" + id + "-" + plans.addPoint(id, FormInput.text(title), FormInput.text(text)).number());
	}

	/** One form per point: {@code status}, {@code position-<PARTY>} and {@code redline-<LINE>} (empty: the point does not touch it). */
	@PostMapping(PLANS + "/{id}/points/{number}")
	String revisePoint(@PathVariable String id, @PathVariable int number, @RequestParam Map<String, String> fields, RedirectAttributes flash) {
		return FormInput.attempt(flash, PLANS, () -> {
			PeacePlan plan = plans.plan(id);
			Map<NationCode, PlanPoint.Position> positions = new LinkedHashMap<>();
			for (NationCode party : plan.parties()) {
				PlanPoint.Position position = FormInput.choice("position-" + party, PlanPoint.Position.class, fields.get("position-" + party));
				if (position != null) {
					positions.put(party, position);
				}
			}
			Map<RedLine, PlanPoint.Assessment> redLines = new EnumMap<>(RedLine.class);
			for (RedLine line : RedLine.values()) {
				PlanPoint.Assessment assessment = FormInput.choice("redline-" + line, PlanPoint.Assessment.class, fields.get("redline-" + line));
				if (assessment != null) {
					redLines.put(line, assessment);
				}
			}
			plans.revisePoint(id, number, FormInput.choice("status", PlanPoint.Status.class, fields.get("status")), positions, redLines);
			return PLANS + "#point-" + id + "-" + number;
		});
	}
}
