package org.reassure.guarantees;

import java.time.Instant;
import java.util.List;

import org.reassure.shared.NationCode;

/**
 * Published when the Special Commission determines an attack: the commitments in case of attack
 * are triggered and the listed nations must answer before the deadline.
 */
public record AttackDetermined(long consultation, Instant deadline, List<NationCode> nations) {
}
