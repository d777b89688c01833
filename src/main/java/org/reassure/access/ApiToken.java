package org.reassure.access;

import java.time.Instant;

/**
 * A named API token of a user (the secret itself is shown once, at issue, and never stored).
 */
public record ApiToken(String id, String username, String name, Instant createdAt) {
}
