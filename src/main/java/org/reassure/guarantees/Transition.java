package org.reassure.guarantees;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.reassure.access.Role;

/**
 * The moves of the guarantee system, each from one state to the next, and who may make it.
 */
public enum Transition {
	DECLARE_CEASEFIRE(ActivationState.NEGOTIATION, ActivationState.CEASEFIRE_DECLARED, Role.SECRETARIAT),
	CEASEFIRE_ENTERS_INTO_FORCE(ActivationState.CEASEFIRE_DECLARED, ActivationState.CEASEFIRE_IN_FORCE, Role.SECRETARIAT),
	OPEN_BREACH_REVIEW(ActivationState.CEASEFIRE_IN_FORCE, ActivationState.BREACH_UNDER_REVIEW, Role.COMMISSION),
	CLOSE_BREACH_REVIEW(ActivationState.BREACH_UNDER_REVIEW, ActivationState.CEASEFIRE_IN_FORCE, Role.COMMISSION),
	DETERMINE_ATTACK(ActivationState.BREACH_UNDER_REVIEW, ActivationState.ATTACK_DETERMINED, Role.COMMISSION);

	private final ActivationState from;
	private final ActivationState to;
	private final Role triggeredBy;

	Transition(ActivationState from, ActivationState to, Role triggeredBy) {
		this.from = from;
		this.to = to;
		this.triggeredBy = triggeredBy;
	}

	public ActivationState from() {
		return from;
	}

	public ActivationState to() {
		return to;
	}

	/** The role that may make this move. */
	public Role triggeredBy() {
		return triggeredBy;
	}

	public boolean mayBeMadeBy(Set<Role> roles) {
		return roles.contains(triggeredBy);
	}

	/** The moves open from a state. */
	public static List<Transition> from(ActivationState state) {
		return Arrays.stream(values()).filter(t -> t.from == state).toList();
	}
}
