package org.reassure.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A command broke a rule of the domain: names the field, the rule and why. Rendered as 422
 * problem+json by the web layer.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolation extends RuntimeException {

	private final String field;
	private final String rule;

	public RuleViolation(String field, String rule, String message) {
		super(message);
		this.field = field;
		this.rule = rule;
	}

	public String field() {
		return field;
	}

	public String rule() {
		return rule;
	}
}
