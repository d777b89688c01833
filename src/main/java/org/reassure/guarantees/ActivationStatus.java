package org.reassure.guarantees;

import java.util.List;
import java.util.Optional;

/**
 * The guarantee system as the dashboard shows it: its state, the moves open from it, its history
 * (newest first) and the consultation an attack determination opened, if any.
 */
public record ActivationStatus(GuaranteeSystem system, List<Transition> nextMoves, List<ActivationChanged> history, Optional<Consultation> consultation) {
}
