package org.reassure.guarantees;

import java.time.Instant;
import java.util.Objects;

import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.RuleViolation;

/**
 * The one activation state machine of the guarantee system. Each move checks that it is legal
 * from the current state and returns the change to store and publish.
 */
public record GuaranteeSystem(ActivationState state, long version, Instant since) {

	public static final int MAX_REASON_LENGTH = 1000;

	public GuaranteeSystem {
		Objects.requireNonNull(state, "state");
	}

	public static GuaranteeSystem initial() {
		return new GuaranteeSystem(ActivationState.NEGOTIATION, 0, null);
	}

	public ActivationChanged declareCeasefire(String reason, Actor by, Instant at) {
		return move(Transition.DECLARE_CEASEFIRE, reason, by, at);
	}

	public ActivationChanged ceasefireEntersIntoForce(String reason, Actor by, Instant at) {
		return move(Transition.CEASEFIRE_ENTERS_INTO_FORCE, reason, by, at);
	}

	public ActivationChanged openBreachReview(String reason, Actor by, Instant at) {
		return move(Transition.OPEN_BREACH_REVIEW, reason, by, at);
	}

	public ActivationChanged closeBreachReview(String reason, Actor by, Instant at) {
		return move(Transition.CLOSE_BREACH_REVIEW, reason, by, at);
	}

	public ActivationChanged determineAttack(String reason, Actor by, Instant at) {
		return move(Transition.DETERMINE_ATTACK, reason, by, at);
	}

	public ActivationChanged move(Transition transition, String reason, Actor by, Instant at) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
			throw new RuleViolation("reason", "length", "state why, in 1 to " + MAX_REASON_LENGTH + " characters");
		}
		if (transition.from() != state) {
			throw new Conflict("state", "cannot " + describe(transition) + ": the guarantee system is in " + state + ", and this move starts from "
					+ transition.from());
		}
		return new ActivationChanged(version + 1, transition, state, transition.to(), reason.strip(), by.user(), by.nation(), at);
	}

	public GuaranteeSystem with(ActivationChanged change) {
		return new GuaranteeSystem(change.to(), change.sequence(), change.at());
	}

	private static String describe(Transition transition) {
		return transition.name().toLowerCase().replace('_', ' ');
	}
}
