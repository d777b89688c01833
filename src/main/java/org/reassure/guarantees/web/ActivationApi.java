package org.reassure.guarantees.web;

import java.time.Instant;
import java.util.List;

import org.reassure.guarantees.ActivationChanged;
import org.reassure.guarantees.ActivationState;
import org.reassure.guarantees.ActivationStatus;
import org.reassure.guarantees.Consultation;
import org.reassure.guarantees.ConsultationResponse;
import org.reassure.guarantees.GuaranteeActivation;
import org.reassure.guarantees.GuaranteeSystem;
import org.reassure.guarantees.ResponsePosition;
import org.reassure.guarantees.Transition;
import org.reassure.shared.NationCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The activation state machine over REST. Each move names the role that may make it; an illegal
 * move is refused with 409 naming the current state, a move by another role with 403.
 */
@RestController
@RequestMapping("/api/v1/guarantees/activation")
@Tag(name = "Guarantees: activation", description = "Ceasefire, breach review, attack determination and consultations")
class ActivationApi {

	private final GuaranteeActivation activation;

	ActivationApi(GuaranteeActivation activation) {
		this.activation = activation;
	}

	record Move(@NotBlank @Size(max = 1000) String reason) {
	}

	record AttackDetermination(@NotBlank @Size(max = 1000) String reason, @Min(1) @Max(GuaranteeActivation.MAX_CONSULTATION_HOURS) Integer consultationHours) {
	}

	record Answer(@NotNull ResponsePosition position, @Size(max = 1000) String statement) {
	}

	/** The consultation as the dashboard shows it: who must answer, who has and who has not. */
	record ConsultationView(long id, Instant openedAt, Instant deadline, boolean open, long secondsLeft, List<NationCode> nations,
			List<NationCode> answered, List<NationCode> awaited, List<ConsultationResponse> responses) {

		static ConsultationView of(Consultation c, Instant now) {
			return new ConsultationView(c.id(), c.openedAt(), c.deadline(), c.isOpen(now), c.remaining(now).toSeconds(), c.nations(), c.answered(),
					c.awaited(), c.responses());
		}
	}

	record MoveView(Transition transition, ActivationState to, String triggeredBy) {
	}

	record StatusView(ActivationState state, Instant since, boolean guaranteesActive, boolean forceDeploymentAuthorisable, List<MoveView> nextMoves,
			List<ActivationChanged> history, ConsultationView consultation) {

		static StatusView of(ActivationStatus status, Instant now) {
			GuaranteeSystem system = status.system();
			return new StatusView(system.state(), system.since(), system.state().guaranteesActive(), system.state().forceDeploymentAuthorisable(),
					status.nextMoves().stream().map(t -> new MoveView(t, t.to(), t.triggeredBy().name())).toList(), status.history(),
					status.consultation().map(c -> ConsultationView.of(c, now)).orElse(null));
		}
	}

	@GetMapping
	@Operation(summary = "Current state, the moves open from it and who may make them, the history (newest first) and any consultation")
	StatusView status() {
		return StatusView.of(activation.status(), Instant.now());
	}

	@PostMapping("/ceasefire-declaration")
	@Operation(summary = "Declare the ceasefire: NEGOTIATION -> CEASEFIRE_DECLARED (secretariat)")
	ActivationChanged declareCeasefire(@Valid @RequestBody Move move) {
		return activation.declareCeasefire(move.reason());
	}

	@PostMapping("/ceasefire-entry-into-force")
	@Operation(summary = "The ceasefire enters into force, the guarantees become active: CEASEFIRE_DECLARED -> CEASEFIRE_IN_FORCE (secretariat)")
	ActivationChanged ceasefireEntersIntoForce(@Valid @RequestBody Move move) {
		return activation.ceasefireEntersIntoForce(move.reason());
	}

	@PostMapping("/breach-review")
	@Operation(summary = "Open a breach review: CEASEFIRE_IN_FORCE -> BREACH_UNDER_REVIEW (Special Commission)")
	ActivationChanged openBreachReview(@Valid @RequestBody Move move) {
		return activation.openBreachReview(move.reason());
	}

	@PostMapping("/breach-review-closure")
	@Operation(summary = "Close the breach review, no attack: BREACH_UNDER_REVIEW -> CEASEFIRE_IN_FORCE (Special Commission)")
	ActivationChanged closeBreachReview(@Valid @RequestBody Move move) {
		return activation.closeBreachReview(move.reason());
	}

	@PostMapping("/attack-determination")
	@Operation(summary = "Determine an attack: BREACH_UNDER_REVIEW -> ATTACK_DETERMINED; opens consultations (default 72 hours) of every nation with a commitment in case of attack (Special Commission)")
	ActivationChanged determineAttack(@Valid @RequestBody AttackDetermination request) {
		return activation.determineAttack(request.reason(), request.consultationHours());
	}

	@PostMapping("/consultation/responses")
	@Operation(summary = "Record (or change, until the deadline) the answer of the caller's nation to the open consultation (nation liaisons)")
	ConsultationResponse respond(@Valid @RequestBody Answer answer) {
		return activation.respond(answer.position(), answer.statement());
	}
}
