package org.reassure.shared;

/**
 * The thing a request names does not exist. Rendered as 404 problem+json.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " '" + id + "' does not exist");
	}
}
