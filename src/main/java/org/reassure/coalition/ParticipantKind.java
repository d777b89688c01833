package org.reassure.coalition;

/**
 * Whether a participant is a state or an international organisation (EU, NATO).
 */
public enum ParticipantKind {
	STATE, ORGANISATION
}
