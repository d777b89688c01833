package org.reassure.coalition;

/** Published when a claim enters the registry. */
public record ClaimRecorded(Claim claim) {
}
