package org.reassure.coalition;

/**
 * How firmly a source states a fact: HIGH stated plainly, MEDIUM derived (e.g. "all EU members
 * except ..."), LOW vague ("about thirty").
 */
public enum Confidence {
	HIGH, MEDIUM, LOW
}
