package org.reassure.ledger;

import org.reassure.shared.NationCode;

/**
 * Which nations may cosign tree heads as witnesses: the coalition's lead nations. Provided by the
 * module that knows the coalition's roles.
 */
public interface WitnessNations {

	boolean mayWitness(NationCode nation);
}
