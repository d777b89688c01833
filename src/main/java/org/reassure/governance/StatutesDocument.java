package org.reassure.governance;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reassure.shared.RuleViolation;

/**
 * The statutes as written: their parameters and articles. Article texts name parameters as
 * {@code {qualifiedMajorityMembers}}, so the words always state the figures in force.
 */
public record StatutesDocument(String titleEn, String titleFr, StatuteParameters parameters, List<StatuteArticle> articles) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	public StatutesDocument {
		if (titleEn == null || titleEn.isBlank() || titleFr == null || titleFr.isBlank()) {
			throw new RuleViolation("title", "required", "the statutes have a title in English and French");
		}
		Objects.requireNonNull(parameters, "parameters");
		if (articles == null || articles.isEmpty()) {
			throw new RuleViolation("articles", "required", "the statutes have at least one article");
		}
		articles = List.copyOf(articles);
		Set<String> codes = new HashSet<>();
		for (StatuteArticle article : articles) {
			if (!codes.add(article.code())) {
				throw new RuleViolation("articles." + article.code(), "unique", "article " + article.code() + " appears twice");
			}
			for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH }) {
				Matcher names = PLACEHOLDER.matcher(article.rawText(locale));
				Map<String, String> known = parameters.placeholders(locale);
				while (names.find()) {
					if (!known.containsKey(names.group(1))) {
						throw new RuleViolation("articles." + article.code() + ".text", "known-parameter",
								"article " + article.code() + " names an unknown parameter {" + names.group(1) + "}; known: " + known.keySet());
					}
				}
			}
		}
	}

	public String title(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? titleFr : titleEn;
	}

	/** The article's text in {@code locale} with the figures in force written in. */
	public String text(StatuteArticle article, Locale locale) {
		Map<String, String> values = parameters.placeholders(locale);
		return PLACEHOLDER.matcher(article.rawText(locale)).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
	}
}
