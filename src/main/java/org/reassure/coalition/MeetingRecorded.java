package org.reassure.coalition;

/** Published when a meeting enters the registry. */
public record MeetingRecorded(Meeting meeting) {
}
