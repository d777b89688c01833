package org.reassure.access;

/**
 * What a user may do on the platform.
 */
public enum Role {
	ADMIN, SECRETARIAT, NATION_LIAISON, PLANNER, MONITOR, COMMISSION, VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}
}
