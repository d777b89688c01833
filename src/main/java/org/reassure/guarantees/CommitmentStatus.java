package org.reassure.guarantees;

/**
 * Where a commitment stands on its national path: intent, approved by the government, approved by
 * parliament, in force; or withdrawn at any point.
 */
public enum CommitmentStatus {
	INTENT, GOVERNMENT_APPROVED, PARLIAMENT_APPROVED, IN_FORCE, WITHDRAWN
}
