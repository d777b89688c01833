package org.reassure.governance;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.reassure.coalition.Citation;
import org.reassure.shared.RuleViolation;

/**
 * One article of the statutes. An article either restates what the sources ask for, and cites them,
 * or is the platform's own rule: such an article may name the public-record model it follows
 * (NATO, the EU treaties) but never cites a source article, so no rule is put in a source's mouth.
 */
public record StatuteArticle(String code, Origin origin, String titleEn, String titleFr, String textEn, String textFr, List<Citation> citations) {

	public enum Origin {
		/** What the sources say the coalition needs. */
		SOURCES,
		/** A rule the platform sets; not found in the sources. */
		PLATFORM
	}

	public static final int MAX_TEXT_LENGTH = 4000;
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	public StatuteArticle {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new RuleViolation("articles.code", "format", "an article code is 2-40 upper-case letters, digits or '_', was: " + code);
		}
		if (origin == null) {
			throw new RuleViolation("articles." + code + ".origin", "required", "an article says whether it comes from the sources or from the platform");
		}
		requireText(code, "title", titleEn, titleFr);
		requireText(code, "text", textEn, textFr);
		citations = citations == null ? List.of() : List.copyOf(citations);
		if (origin == Origin.SOURCES && citations.stream().allMatch(c -> c.source().isPublicRecord())) {
			throw new RuleViolation("articles." + code + ".citations", "sourced", "an article drawn from the sources cites at least one source article");
		}
		if (origin == Origin.PLATFORM && citations.stream().anyMatch(c -> !c.source().isPublicRecord())) {
			throw new RuleViolation("articles." + code + ".citations", "not-attributed",
					"a platform rule may only cite the public record of the model it follows, not a source article");
		}
	}

	public String title(Locale locale) {
		return french(locale) ? titleFr : titleEn;
	}

	String rawText(Locale locale) {
		return french(locale) ? textFr : textEn;
	}

	private static boolean french(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage());
	}

	private static void requireText(String code, String field, String en, String fr) {
		for (String text : new String[] { en, fr }) {
			if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
				throw new RuleViolation("articles." + code + "." + field, "length", "an article's " + field + " is 1 to " + MAX_TEXT_LENGTH + " characters in English and French");
			}
		}
	}
}
