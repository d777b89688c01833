package org.reassure.governance;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A version of the statutes, in force from when it was loaded. A proposal keeps the version in
 * force when it was opened.
 */
public record Statutes(int version, Instant inForceSince, StatutesDocument document) {

	public StatuteParameters parameters() {
		return document.parameters();
	}

	public List<StatuteArticle> articles() {
		return document.articles();
	}

	public String title(Locale locale) {
		return document.title(locale);
	}

	public String text(StatuteArticle article, Locale locale) {
		return document.text(article, locale);
	}
}
