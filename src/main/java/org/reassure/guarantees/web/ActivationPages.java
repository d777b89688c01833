package org.reassure.guarantees.web;

import java.time.Instant;
import java.util.Set;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.guarantees.ActivationStatus;
import org.reassure.guarantees.GuaranteeActivation;
import org.reassure.guarantees.RatificationTracker;
import org.reassure.guarantees.ResponsePosition;
import org.reassure.guarantees.Transition;
import org.reassure.shared.NationCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guarantee system's dashboard: the activation state, its history, the moves the signed-in
 * user may make, and the consultation with its countdown and who has not answered.
 */
@Controller
class ActivationPages {

	private static final String DASHBOARD = "/guarantees";

	private final GuaranteeActivation activation;
	private final RatificationTracker ratification;
	private final Actors actors;

	ActivationPages(GuaranteeActivation activation, RatificationTracker ratification, Actors actors) {
		this.activation = activation;
		this.ratification = ratification;
		this.actors = actors;
	}

	/** A move as the dashboard offers it: its form's path and whether the signed-in user may make it. */
	record MoveOption(Transition transition, String path, boolean allowed) {
	}

	@GetMapping("/guarantees")
	String dashboard(Model model) {
		ActivationStatus status = activation.status();
		Set<Role> roles = actors.currentRoles();
		NationCode nation = actors.current().nation();
		Instant now = Instant.now();
		model.addAttribute("status", status);
		model.addAttribute("moves", status.nextMoves().stream()
			.map(t -> new MoveOption(t, "/guarantees/activation/" + GuaranteesAuthorizationRules.MOVES.get(t), t.mayBeMadeBy(roles)))
			.toList());
		model.addAttribute("defaultHours", activation.defaultConsultationWindow().toHours());
		model.addAttribute("overview", ratification.overview());
		model.addAttribute("positions", ResponsePosition.values());
		status.consultation().ifPresent(c -> {
			model.addAttribute("consultation", c);
			model.addAttribute("consultationOpen", c.isOpen(now));
			model.addAttribute("remainingMinutes", c.remaining(now).toMinutes());
			model.addAttribute("canAnswer", c.isOpen(now) && roles.contains(Role.NATION_LIAISON) && nation != null && c.nations().contains(nation));
		});
		return "guarantees/dashboard";
	}

	@PostMapping("/guarantees/activation/ceasefire-declaration")
	String declareCeasefire(@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return FormInput.attempt(flash, DASHBOARD, () -> {
			activation.declareCeasefire(reason);
			return DASHBOARD;
		});
	}

	@PostMapping("/guarantees/activation/ceasefire-entry-into-force")
	String ceasefireEntersIntoForce(@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return FormInput.attempt(flash, DASHBOARD, () -> {
			activation.ceasefireEntersIntoForce(reason);
			return DASHBOARD;
		});
	}

	@PostMapping("/guarantees/activation/breach-review")
	String openBreachReview(@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return FormInput.attempt(flash, DASHBOARD, () -> {
			activation.openBreachReview(reason);
			return DASHBOARD;
		});
	}

	@PostMapping("/guarantees/activation/breach-review-closure")
	String closeBreachReview(@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return FormInput.attempt(flash, DASHBOARD, () -> {
			activation.closeBreachReview(reason);
			return DASHBOARD;
		});
	}

	@PostMapping("/guarantees/activation/attack-determination")
	String determineAttack(@RequestParam(required = false) String reason, @RequestParam(required = false) String consultationHours,
			RedirectAttributes flash) {
		return FormInput.attempt(flash, DASHBOARD, () -> {
			activation.determineAttack(reason, FormInput.whole("consultationHours", consultationHours));
			return DASHBOARD + "#consultation";
		});
	}

	@PostMapping("/guarantees/consultation/responses")
	String respond(@RequestParam(required = false) String position, @RequestParam(required = false) String statement, RedirectAttributes flash) {
		return FormInput.attempt(flash, DASHBOARD, () -> {
			activation.respond(FormInput.choice("position", ResponsePosition.class, position), FormInput.text(statement));
			return DASHBOARD + "#consultation";
		});
	}

}
