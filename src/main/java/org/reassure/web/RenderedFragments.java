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
 * Renders the costly part of a page once per version of its data, language and variant, and serves its HTML from
 * memory until the data moves on. On a page such as the participants table most of the time goes to evaluating a few
 * expressions and message look-ups per cell; the layout around it (signed-in user, CSRF token) is still rendered per
 * request. The fragment is rendered outside the request, so it must not use {@code @{...}} links (they need the
 * request): the caller passes what the links need in its variables.
 */
@Component
public class RenderedFragments {

	/** Variants (filter combinations) kept before the memory is emptied and filled again from what is asked. */
	private static final int MAX_ENTRIES = 1_024;

	private record Key(String template, String fragment, Object variant, Locale locale) {
	}

	private record Rendered(Object version, String html) {
	}

	private final ITemplateEngine templates;
	private final Map<Key, Rendered> rendered = new ConcurrentHashMap<>();

	RenderedFragments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The HTML of the fragment {@code template :: fragment} rendered with the variables, from memory when this
	 * variant was last rendered in this language for an equal {@code version} of the data. Take the version before
	 * the data the variables hold, so that a fragment is never remembered under a version newer than its data.
	 */
	public String render(String template, String fragment, Object variant, Object version, Locale locale, Supplier<Map<String, Object>> variables) {
		Key key = new Key(template, fragment, variant, locale);
		Rendered last = rendered.get(key);
		if (last != null && last.version().equals(version)) {
			return last.html();
		}
		String html = templates.process(template, Set.of(fragment), new Context(locale, variables.get()));
		if (rendered.size() >= MAX_ENTRIES) {
			rendered.clear();
		}
		rendered.put(key, new Rendered(version, html));
		return html;
	}
}
