package org.reassure.ledger.internal;

/**
 * Published after a commit that appended entries: the log now holds {@code size} entries.
 */
record LogGrew(long size) {
}
