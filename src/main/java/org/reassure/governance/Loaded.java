package org.reassure.governance;

/**
 * A version as it came out of a load: {@code added} is false when the same content was already
 * loaded, in which case nothing was written.
 */
public record Loaded<T>(T version, boolean added) {
}
