package org.reassure.coalition;

/** Who met. */
public enum MeetingLevel {
	LEADERS, MINISTERS, NATIONAL_SECURITY_ADVISERS, CHIEFS_OF_DEFENCE, OFFICIALS
}
