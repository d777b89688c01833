package org.reassure.guarantees;

/**
 * What a nation offers under a guarantee component.
 */
public enum CommitmentKind {
	TROOPS, AIR_POLICING, MARITIME_DEMINING, ISR, LOGISTICS, TRAINING, FINANCING, STOCKPILE_ACCESS, FORTIFICATION, SANCTIONS, DIPLOMATIC, OTHER
}
