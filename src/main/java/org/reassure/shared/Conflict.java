package org.reassure.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The command clashes with the current state (a duplicate identifier, an illegal transition).
 * Rendered as 409 problem+json naming the field.
 */
@ResponseStatus(HttpStatus.CONFLICT)
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
