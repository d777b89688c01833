package org.reassure.coalition;

/** Published when a participant enters the registry. */
public record ParticipantAdded(Participant participant) {
}
