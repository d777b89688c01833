package org.reassure.access;

/**
 * Published when an administrator opens an account.
 */
public record AccountCreated(Account account) {
}
