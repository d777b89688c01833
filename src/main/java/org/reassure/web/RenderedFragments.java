package org.reassure.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the costly part of a page once per data revision, language and variant, and serves its HTML from memory
 * until the data moves on. On a page such as the participants table most of the time goes to evaluating a few
 * expressions and message look-ups per cell; the layout around it (signed-in user, CSRF token) is still rendered per
 * request. The fragment is rendered outside the request, so it must not use {@code @{...}} links (they need the
 * request): the caller passes the context path in its variables.
 */
@Component
public class RenderedFragments {

	/** Variants (filter combinations) kept before the memory is emptied and filled again from what is asked. */
	private static final int MAX_ENTRIES = 1_024;

	private record Key(String template, Object variant, long revision, Locale locale) {
	}

	private final ITemplateEngine templates;
	private final Map<Key, String> rendered = new ConcurrentHashMap<>();

	RenderedFragments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The HTML of the fragment {@code template :: fragment} rendered with the variables, from memory when this
	 * variant was rendered for this revision and language before. Read the revision before the data the variables
	 * hold, so that a fragment is never remembered under a revision newer than its data.
	 */
	public String render(String template, String fragment, Object variant, long revision, Locale locale, Supplier<Map<String, Object>> variables) {
		Key key = new Key(template + "::" + fragment, variant, revision, locale);
		String html = rendered.get(key);
		if (html == null) {
			html = templates.process(template, Set.of(fragment), new Context(locale, variables.get()));
			if (rendered.size() >= MAX_ENTRIES) {
				rendered.clear();
			}
			rendered.put(key, html);
		}
		return html;
	}
}
