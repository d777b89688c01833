package org.reassure.guarantees;

/**
 * The units a commitment's quantity may be counted in; money is counted in an ISO 4217 currency instead.
 */
public enum MeasureUnit {
	PERSONNEL(true), AIRCRAFT(true), SHIPS(true), VEHICLES(true), AIR_DEFENCE_SYSTEMS(true), DRONES(true), MUNITIONS(true),
	FLIGHT_HOURS(false), TONNES(false), KILOMETRES(false);

	private final boolean whole;

	MeasureUnit(boolean whole) {
		this.whole = whole;
	}

	/** Whether only whole numbers make sense (no half ship). */
	public boolean whole() {
		return whole;
	}
}
