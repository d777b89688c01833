package org.reassure.shared;

import tools.jackson.core.JacksonException;

/**
 * The JSON path a parse error points at, as a client would write it ({@code claims[3].quote}).
 */
public final class JsonField {

	private JsonField() {
	}

	public static String of(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "$" : path.toString();
	}
}
