package org.reassure.guarantees;

/**
 * What a nation answers when its commitments in case of attack are triggered.
 */
public enum ResponsePosition {
	ACTS, ACTS_IN_PART, AWAITS_NATIONAL_PROCEDURE, DOES_NOT_ACT
}
