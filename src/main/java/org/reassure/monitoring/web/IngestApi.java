package org.reassure.monitoring.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.reassure.monitoring.IngestReceipt;
import org.reassure.monitoring.IngestSession;
import org.reassure.monitoring.MonitoringSource;
import org.reassure.monitoring.Rejection;
import org.reassure.monitoring.ReportFormat;
import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Report ingest over HTTP, for monitoring sources ({@code Authorization: Source <token>}). A report is acknowledged
 * (202) only once durably stored. In a mixed input the good reports are kept and the bad parts listed with their
 * place, field and reason; an input with no good report is refused as a whole (problem+json: 400 when it cannot be
 * read, 422 when its reports break field rules). Bodies are limited to {@code reassure.monitoring.http.max-body-size}
 * (JSON, CoT; 16 MB by default) and {@code max-upload-size} (CSV, GeoJSON; 64 MB), beyond which the answer is 413.
 * Rejected parts are counted in {@code reassure.monitoring.rejections} (transport http).
 */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monitoring ingest", description = "Reports from sensors, drones and observers, authenticated as their monitoring source")
class IngestApi {

	private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_@/.-]*");

	private final ReportIngest ingest;
	private final MonitoringProperties.Http limits;
	private final Counter rejections;

	IngestApi(ReportIngest ingest, MonitoringProperties properties, MeterRegistry meters) {
		this.ingest = ingest;
		this.limits = properties.http();
		this.rejections = meters.counter("reassure.monitoring.rejections", "transport", "http", "outcome", "rejected");
	}

	/** One refused part of the input: where ("item 3", "line 7", "event 0", "feature 2"), which field, and why. */
	record RejectedPart(String position, String field, String reason) {

		static RejectedPart of(Rejection rejection) {
			int colon = rejection.reason().indexOf(": ");
			String prefix = colon > 0 ? rejection.reason().substring(0, colon) : "";
			return new RejectedPart(rejection.unit().name().toLowerCase(Locale.ROOT) + " " + rejection.index(),
					FIELD.matcher(prefix).matches() ? prefix : "$", rejection.reason());
		}
	}

	/** {@code accepted} reports are durable, {@code duplicates} of them were already stored. */
	record IngestResponse(int accepted, int duplicates, int rejectedCount, List<RejectedPart> rejected) {
	}

	@PostMapping("/reports")
	@Operation(summary = "JSON reports: one object or an array of objects (sourceId, sourceType, eventUid, observedAt, lat, lon, accuracyM, "
			+ "category, confidence, optional text and attachmentSha256)")
	ResponseEntity<IngestResponse> json(@Parameter(hidden = true) MonitoringSource source, HttpServletRequest request) throws IOException {
		return ingest(source, ReportFormat.JSON, request, limits.maxBodySize().toBytes());
	}

	@PostMapping("/reports/cot")
	@Operation(summary = "Cursor-on-Target XML: one or several <event> elements back to back")
	ResponseEntity<IngestResponse> cot(@Parameter(hidden = true) MonitoringSource source, HttpServletRequest request) throws IOException {
		return ingest(source, ReportFormat.COT, request, limits.maxBodySize().toBytes());
	}

	@PostMapping("/uploads/csv")
	@Operation(summary = "CSV upload with a header line naming the columns: sourceId, sourceType, eventUid, observedAt, lat, lon, accuracyM, "
			+ "category, confidence, optional text and attachmentSha256 (digests separated by ';')")
	ResponseEntity<IngestResponse> csv(@Parameter(hidden = true) MonitoringSource source, HttpServletRequest request) throws IOException {
		return ingest(source, ReportFormat.CSV, request, limits.maxUploadSize().toBytes());
	}

	@PostMapping("/uploads/geojson")
	@Operation(summary = "GeoJSON FeatureCollection of Point features whose properties are the JSON report fields without lat and lon")
	ResponseEntity<IngestResponse> geojson(@Parameter(hidden = true) MonitoringSource source, HttpServletRequest request) throws IOException {
		return ingest(source, ReportFormat.GEOJSON, request, limits.maxUploadSize().toBytes());
	}

	private ResponseEntity<IngestResponse> ingest(MonitoringSource source, ReportFormat format, HttpServletRequest request, long limit)
			throws IOException {
		if (request.getContentLengthLong() > limit) {
			throw new IngestProblems.BodyTooLarge(limit);
		}
		IngestSession session = ingest.open(source, format);
		BoundedBody body = new BoundedBody(request.getInputStream(), limit);
		ingest.parser(format).parse(body, session);
		if (body.exceeded()) {
			throw new IngestProblems.BodyTooLarge(limit);
		}
		IngestReceipt receipt = session.flush();
		rejections.increment(receipt.rejectedCount());
		List<RejectedPart> rejected = receipt.rejected().stream().map(RejectedPart::of).toList();
		if (receipt.accepted() == 0) {
			throw new IngestProblems.NothingAccepted(rejected, receipt.rejectedCount());
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new IngestResponse(receipt.accepted(), receipt.duplicates(), receipt.rejectedCount(), rejected));
	}
}
