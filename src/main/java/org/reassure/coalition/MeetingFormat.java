package org.reassure.coalition;

/** How a meeting was held. */
public enum MeetingFormat {
	IN_PERSON, VIDEO, HYBRID
}
