package org.reassure.monitoring.web;

import java.util.List;
import java.util.Map;

import org.reassure.monitoring.IngestUnavailable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The monitoring API's own refusals as RFC 9457 problem+json, in the shape of the platform's others (an
 * {@code errors} list naming field, rule and message), plus the {@code rejected} parts of a refused input.
 */
@RestControllerAdvice(assignableTypes = { IngestApi.class, MonitoringApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class IngestProblems {

	/** The body is larger than the endpoint takes. */
	static final class BodyTooLarge extends RuntimeException {

		BodyTooLarge(long limit) {
			super("the request body is larger than " + limit + " bytes; split it into several requests");
		}
	}

	/** Nothing in the input could be accepted. */
	static final class NothingAccepted extends RuntimeException {

		final List<IngestApi.RejectedPart> rejected;
		final int rejectedCount;

		NothingAccepted(List<IngestApi.RejectedPart> rejected, int rejectedCount) {
			super(rejectedCount == 0 ? "the input holds no report" : "no report could be accepted: " + rejectedCount + " rejected");
			this.rejected = rejected;
			this.rejectedCount = rejectedCount;
		}
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthenticated(SourceCredentials.SourceUnauthenticated e) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Source realm=\"reassure-monitoring\"")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.UNAUTHORIZED, "Source credentials required", e.getMessage(), "Authorization", "source-token"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(BodyTooLarge e) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", e.getMessage(), "$", "size"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(IngestUnavailable e) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Ingest unavailable", e.getMessage(), "$", "available"));
	}

	/** 400 when some part could not be read at all (no field to blame), else 422. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> nothingAccepted(NothingAccepted e) {
		boolean unreadable = e.rejectedCount == 0 || e.rejected.stream().anyMatch(part -> part.field().equals("$"));
		HttpStatus status = unreadable ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		problem.setTitle(unreadable ? "Unreadable input" : "No valid report");
		List<Map<String, String>> errors = e.rejected.isEmpty() ? List.of(Map.of("field", "$", "rule", "non-empty", "message", e.getMessage()))
				: e.rejected.stream().map(part -> Map.of("field", part.field(), "rule", "report", "message", part.position() + ": " + part.reason())).toList();
		problem.setProperty("errors", errors);
		problem.setProperty("rejected", e.rejected);
		problem.setProperty("rejectedCount", e.rejectedCount);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, String field, String rule) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setProperty("errors", List.of(Map.of("field", field, "rule", rule, "message", detail)));
		return problem;
	}
}
