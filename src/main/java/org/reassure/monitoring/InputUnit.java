package org.reassure.monitoring;

/**
 * What the index of a {@link Rejection} counts.
 */
public enum InputUnit {
    /** A physical line of a CSV file, counted from 1 (the header is line 1). */
    LINE,
    /** A Cursor-on-Target {@code <event>} of a stream, counted from 0. */
    EVENT,
    /** An element of a JSON batch, counted from 0; a single JSON report is item 0. */
    ITEM,
    /** A feature of a GeoJSON FeatureCollection, counted from 0. */
    FEATURE,
    /** The input as a whole (wrong top-level structure); the index is 0. */
    DOCUMENT
}
