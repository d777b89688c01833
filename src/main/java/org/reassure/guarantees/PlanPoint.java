package org.reassure.guarantees;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * A point of a peace plan: its status, each party's position and how it stands against the
 * coalition's red lines.
 */
public record PlanPoint(int number, String title, String text, Status status, Map<NationCode, Position> positions,
		Map<RedLine, Assessment> redLines) {

	public static final int MAX_TITLE_LENGTH = 200;
	public static final int MAX_TEXT_LENGTH = 2000;

	public enum Status {
		AGREED, OPEN, REJECTED
	}

	/** A party's position on a point. */
	public enum Position {
		ACCEPTS, RESERVED, REJECTS
	}

	/** How a point stands against a red line it touches. */
	public enum Assessment {
		RESPECTS, CROSSES
	}

	public PlanPoint {
		if (number < 1) {
			throw new RuleViolation("number", "positive", "points are numbered from 1");
		}
		if (title == null || title.isBlank() || title.length() > MAX_TITLE_LENGTH) {
			throw new RuleViolation("title", "length", "a point's title is 1 to " + MAX_TITLE_LENGTH + " characters");
		}
		if (text != null && (text.isBlank() || text.length() > MAX_TEXT_LENGTH)) {
			throw new RuleViolation("text", "length", "a point's text is 1 to " + MAX_TEXT_LENGTH + " characters");
		}
		if (status == null) {
			throw new RuleViolation("status", "required", "a point is AGREED, OPEN or REJECTED");
		}
		if (hasNullValue(positions) || hasNullValue(redLines)) {
			throw new RuleViolation("redLines", "required", "every party and red line named needs a value");
		}
		positions = Collections.unmodifiableMap(byParty(positions == null ? Map.of() : positions));
		redLines = redLines == null || redLines.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(redLines));
	}

	public boolean crossesARedLine() {
		return redLines.containsValue(Assessment.CROSSES);
	}

	public PlanPoint withStatus(Status next) {
		return new PlanPoint(number, title, text, next, positions, redLines);
	}

	public PlanPoint withPosition(NationCode party, Position position) {
		Map<NationCode, Position> next = byParty(positions);
		next.put(party, position);
		return new PlanPoint(number, title, text, status, next, redLines);
	}

	public PlanPoint withRedLines(Map<RedLine, Assessment> assessments) {
		return new PlanPoint(number, title, text, status, positions, assessments);
	}

	private static boolean hasNullValue(Map<?, ?> map) {
		return map != null && map.values().stream().anyMatch(Objects::isNull);
	}

	private static Map<NationCode, Position> byParty(Map<NationCode, Position> positions) {
		Map<NationCode, Position> sorted = new TreeMap<>(Comparator.comparing(NationCode::value));
		sorted.putAll(positions);
		return sorted;
	}
}
