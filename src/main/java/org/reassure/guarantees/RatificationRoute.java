package org.reassure.guarantees;

import java.util.List;
import java.util.Objects;

import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * How a participant's constitution lets it commit: whether its parliament must vote and in which
 * chambers, as a source documents it. Until a source does, the route is not documented and the
 * platform assumes a parliamentary vote is needed.
 */
public record RatificationRoute(NationCode nation, boolean documented, Boolean parliamentVote, List<String> chambers, String note,
		List<Citation> citations) {

	public static final int MAX_CHAMBERS = 4;
	public static final int MAX_CHAMBER_LENGTH = 100;
	public static final int MAX_NOTE_LENGTH = 1000;

	public RatificationRoute {
		Objects.requireNonNull(nation, "nation");
		chambers = chambers == null ? List.of() : List.copyOf(chambers);
		citations = citations == null ? List.of() : List.copyOf(citations);
		if (note != null && (note.isBlank() || note.length() > MAX_NOTE_LENGTH)) {
			throw new RuleViolation("note", "length", "a note is 1 to " + MAX_NOTE_LENGTH + " characters");
		}
		if (documented) {
			requireDocumented(parliamentVote, chambers, citations);
		}
		else if (parliamentVote != null || !chambers.isEmpty()) {
			throw new RuleViolation("documented", "sourced", "a route that says whether parliament votes must be documented by a source");
		}
	}

	public static RatificationRoute undocumented(NationCode nation) {
		return new RatificationRoute(nation, false, null, List.of(), null, List.of());
	}

	/** Whether a commitment of this nation needs a parliamentary vote; assumed so until a source says otherwise. */
	public boolean parliamentMustVote() {
		return !documented || parliamentVote;
	}

	private static void requireDocumented(Boolean parliamentVote, List<String> chambers, List<Citation> citations) {
		if (parliamentVote == null) {
			throw new RuleViolation("parliamentVote", "required", "a documented route says whether parliament must vote");
		}
		if (citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "a documented route cites at least one source");
		}
		if (parliamentVote && chambers.isEmpty()) {
			throw new RuleViolation("chambers", "required", "name the chamber(s) that vote");
		}
		if (!parliamentVote && !chambers.isEmpty()) {
			throw new RuleViolation("chambers", "none", "no chamber votes when parliament need not vote");
		}
		if (chambers.size() > MAX_CHAMBERS || chambers.stream().anyMatch(c -> c == null || c.isBlank() || c.length() > MAX_CHAMBER_LENGTH)) {
			throw new RuleViolation("chambers", "length", "at most " + MAX_CHAMBERS + " chambers, each named in 1 to " + MAX_CHAMBER_LENGTH + " characters");
		}
		if (chambers.stream().distinct().count() != chambers.size()) {
			throw new RuleViolation("chambers", "unique", "each chamber is named once");
		}
	}
}
