package org.reassure.governance.internal;

import org.reassure.coalition.Citation;
import org.reassure.coalition.SourceId;

/**
 * A citation as the governance files write it: a source id with a quote, or public-record with a description.
 */
public record CitationEntry(String source, String quote, String description) {

	public Citation toCitation() {
		return new Citation(new SourceId(source), quote, description);
	}

	public static CitationEntry of(Citation citation) {
		return new CitationEntry(citation.source().value(), citation.quote(), citation.description());
	}
}
