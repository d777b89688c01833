package org.reassure.governance;

import java.util.Locale;
import java.util.Objects;

/**
 * The same sentence in English and French.
 */
public record Explanation(String en, String fr) {

	public Explanation {
		Objects.requireNonNull(en, "en");
		Objects.requireNonNull(fr, "fr");
	}

	public String in(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? fr : en;
	}

	Explanation then(Explanation next) {
		return new Explanation(en + next.en, fr + next.fr);
	}
}
