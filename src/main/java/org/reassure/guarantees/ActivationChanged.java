package org.reassure.guarantees;

import java.time.Instant;

import org.reassure.shared.NationCode;

/**
 * Published, and kept in the activation history, each time the guarantee system changes state.
 */
public record ActivationChanged(long sequence, Transition transition, ActivationState from, ActivationState to, String reason, String by,
		NationCode byNation, Instant at) {
}
