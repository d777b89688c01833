package org.reassure.coalition;

/**
 * What an import changed: how many items were added and how many were already there, identical.
 */
public record ImportResult(String version, String sha256, int added, int unchanged, boolean alreadyImported) {
}
