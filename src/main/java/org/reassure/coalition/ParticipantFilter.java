package org.reassure.coalition;

import java.util.function.Predicate;

/**
 * What the participants table is filtered by; a null field does not filter. By default only
 * those the claims place in the coalition are listed.
 */
public record ParticipantFilter(ParticipantKind kind, Boolean eu, Boolean nato, String role, Standing standing, boolean includeOutsiders) {

	public static final ParticipantFilter PARTICIPANTS = new ParticipantFilter(null, null, null, null, null, false);

	public boolean accepts(ParticipantProfile profile) {
		Participant p = profile.participant();
		return test(kind, k -> p.kind() == k) && test(eu, e -> p.eu() == e) && test(nato, n -> p.nato() == n)
				&& test(role, r -> profile.roles().contains(r)) && test(standing, s -> profile.standing() == s)
				&& (includeOutsiders || standing != null || profile.standing().participates());
	}

	private static <T> boolean test(T value, Predicate<T> condition) {
		return value == null || condition.test(value);
	}
}
