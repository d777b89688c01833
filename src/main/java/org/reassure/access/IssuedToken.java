package org.reassure.access;

/**
 * A freshly issued API token with its secret, returned once to its owner.
 */
public record IssuedToken(ApiToken token, String secret) {
}
