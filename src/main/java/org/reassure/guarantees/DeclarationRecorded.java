package org.reassure.guarantees;

/** Published when a declaration enters the register. */
public record DeclarationRecorded(Declaration declaration) {
}
