package org.reassure.coalition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.reassure.shared.RuleViolation;

/**
 * A meeting of the coalition. Its date may be known only vaguely ({@code dateText}) and its level
 * not at all ({@code null}), as the sources sometimes say no more than "a Thursday".
 */
public record Meeting(String id, LocalDate date, String dateText, String place, MeetingFormat format, MeetingLevel level, String kind,
		List<String> convenors, List<String> attendees, List<Guest> guests, String outcomeEn, String outcomeFr, List<Citation> citations) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	public Meeting {
		if (id == null || !ID.matcher(id).matches()) {
			throw new RuleViolation("id", "format", "a meeting id is 1-100 lower-case letters, digits or '-'");
		}
		if (date == null && (dateText == null || dateText.isBlank())) {
			throw new RuleViolation("date", "required", "a meeting needs a date or, when the sources give none, a dateText");
		}
		if (place == null || place.isBlank() || place.length() > 200) {
			throw new RuleViolation("place", "length", "a meeting's place is 1 to 200 characters");
		}
		Objects.requireNonNull(format, "format");
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "every meeting needs at least one citation");
		}
		convenors = List.copyOf(convenors == null ? List.of() : convenors);
		attendees = List.copyOf(attendees == null ? List.of() : attendees);
		guests = List.copyOf(guests == null ? List.of() : guests);
		citations = List.copyOf(citations);
	}
}
