package org.reassure.guarantees;

import java.time.Instant;

import org.reassure.shared.NationCode;

/**
 * A nation's answer in the consultations opened by an attack determination. Published when recorded.
 */
public record ConsultationResponse(long consultation, NationCode nation, ResponsePosition position, String statement, String by, Instant at) {
}
