package org.reassure.governance;

/** Published when a new version of the statutes comes into force; {@code digest} is the SHA-256 of the document. */
public record StatutesAdopted(int version, String title, String digest) {
}
