package org.reassure.coalition;

/**
 * A source the data set cites: a seed article or the public record.
 */
public record Source(SourceId id, String title, String publisher, String published, String language, String summary) {
}
