package org.reassure.shared;

/**
 * The command clashes with the current state (a duplicate identifier, an illegal transition).
 * Rendered as 409 problem+json naming the field.
 */
public class Conflict extends RuntimeException {

	private final String field;

	public Conflict(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
