package org.reassure.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The thing a request names does not exist. Rendered as 404 problem+json.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " '" + id + "' does not exist");
	}
}
