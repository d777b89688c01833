package org.reassure.governance;

/**
 * What a ballot says. Which choices a proposal accepts depends on its decision rule.
 */
public enum BallotChoice {
	YES, NO, ABSTAIN, OBJECT, OPT_IN
}
