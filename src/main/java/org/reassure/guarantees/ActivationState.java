package org.reassure.guarantees;

/**
 * Where the guarantee system stands: negotiating, a ceasefire declared, in force (guarantees
 * active), a breach under review, or an attack determined (commitments in case of attack triggered).
 */
public enum ActivationState {
	NEGOTIATION, CEASEFIRE_DECLARED, CEASEFIRE_IN_FORCE, BREACH_UNDER_REVIEW, ATTACK_DETERMINED;

	/** The guarantees are active from the ceasefire's entry into force on. */
	public boolean guaranteesActive() {
		return this == CEASEFIRE_IN_FORCE || this == BREACH_UNDER_REVIEW || this == ATTACK_DETERMINED;
	}

	/** Deployment of the Multinational Force can be authorised only while the ceasefire is in force. */
	public boolean forceDeploymentAuthorisable() {
		return this == CEASEFIRE_IN_FORCE;
	}
}
