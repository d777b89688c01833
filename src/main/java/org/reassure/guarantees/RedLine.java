package org.reassure.guarantees;

/**
 * The coalition's red lines for any peace plan.
 */
public enum RedLine {
	UKRAINE_SOVEREIGNTY, NO_RECOGNISED_TERRITORIAL_CONCESSION, UKRAINE_AT_THE_TABLE, CREDIBLE_GUARANTEES
}
