package org.reassure.web;

import java.util.List;
import java.util.Map;

import org.reassure.shared.Conflict;
import org.reassure.shared.JsonField;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Turns every refusal of the API into RFC 9457 problem+json that names the field and the rule.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemResponses extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail ruleViolated(RuleViolation e) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Rule violated", e.getMessage(), List.of(fieldError(e.field(), e.rule(), e.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail conflict(Conflict e) {
		return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of(fieldError(e.field(), "unique-or-state", e.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFound e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		String message = "'" + e.getValue() + "' is not a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName());
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", message, List.of(fieldError(e.getName(), "type", message)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		List<Map<String, String>> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> fieldError(f.getField(), f.getCode() == null ? "invalid" : f.getCode(), f.getDefaultMessage()))
			.toList();
		String detail = errors.stream().map(f -> f.get("field") + ": " + f.get("message")).reduce((a, b) -> a + "; " + b).orElse("invalid request");
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		String field = "$";
		String message = "the request body is not valid JSON";
		if (e.getCause() instanceof JacksonException json) {
			field = JsonField.of(json);
			message = json.getOriginalMessage();
			if (e.getCause().getCause() instanceof RuleViolation rule) {
				return ResponseEntity.unprocessableContent().body(ruleViolated(rule));
			}
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", message, List.of(fieldError(field, "json", message))));
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	private static Map<String, String> fieldError(String field, String rule, String message) {
		return Map.of("field", field == null ? "$" : field, "rule", rule, "message", message == null ? "" : message);
	}
}
