package org.reassure.coalition;

/** Published when a data set file has been imported (built-in or through {@code import FILE}). */
public record DatasetImported(String version, String sha256, int added) {
}
