package org.reassure.monitoring.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentDetail;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentQuery;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.MonitoringRecord;
import org.reassure.monitoring.MonitoringSource;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.PipelineStats;
import org.reassure.monitoring.RegisteredSource;
import org.reassure.monitoring.ReportBatch;
import org.reassure.monitoring.ReportIngest;
import org.reassure.monitoring.SourceRegistration;
import org.reassure.monitoring.SourceRegistry;
import org.reassure.monitoring.SourceType;
import org.reassure.monitoring.StoredReport;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Monitors' side of the module: register and revoke sources, read incidents with their reports, check a batch
 * against the ledger, watch the pipeline.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monitoring", description = "Monitoring sources, incidents, report batches and the ingest pipeline")
class MonitoringApi {

	private static final Duration DEFAULT_PERIOD = Duration.ofDays(1);

	private final SourceRegistry sources;
	private final MonitoringRecord record;
	private final ReportIngest ingest;
	private final Clock clock;

	MonitoringApi(SourceRegistry sources, MonitoringRecord record, ReportIngest ingest, Clock clock) {
		this.sources = sources;
		this.record = record;
		this.ingest = ingest;
		this.clock = clock;
	}

	record NewSource(@NotBlank @Size(max = 128) String id, @NotBlank @Size(max = 200) String name, @NotNull SourceType sourceType,
			@Size(max = 95) String certificateSha256) {
	}

	/** A batch with its reports' leaf hashes in seq order, from which anyone can recompute its Merkle root. */
	record BatchView(ReportBatch batch, List<String> leaves) {
	}

	@PostMapping("/sources")
	@Operation(summary = "Register a monitoring source (monitors); the answer carries its token, shown only this once")
	ResponseEntity<RegisteredSource> register(@Valid @RequestBody NewSource request) {
		RegisteredSource registered = sources.register(new SourceRegistration(request.id(), request.name(), request.sourceType(), request.certificateSha256()));
		return ResponseEntity.created(URI.create("/api/v1/monitoring/sources/" + registered.source().id())).body(registered);
	}

	@GetMapping("/sources")
	@Operation(summary = "The monitoring sources, revoked ones included")
	List<MonitoringSource> sources() {
		return sources.all();
	}

	@DeleteMapping("/sources/{id}")
	@Operation(summary = "Revoke a source: its token and certificate stop working")
	ResponseEntity<Void> revoke(@PathVariable String id) {
		sources.revoke(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/incidents")
	@Operation(summary = "Incidents first observed within [from, to) (default: the last 24 hours), optionally of one oblast, sector, category, status")
	List<IncidentSummary> incidents(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) Oblast oblast, @RequestParam(required = false) Integer sector,
			@RequestParam(required = false) Category category, @RequestParam(required = false) IncidentStatus status,
			@RequestParam(defaultValue = "1000") int limit) {
		Instant end = to != null ? to : clock.instant().plusSeconds(1);
		Instant start = from != null ? from : end.minus(DEFAULT_PERIOD);
		return record.incidents(new IncidentQuery(start, end, oblast, sector, category, status, limit));
	}

	@GetMapping("/incidents/{id}")
	@Operation(summary = "One incident with its reports")
	IncidentDetail incident(@PathVariable String id) {
		IncidentId incidentId;
		try {
			incidentId = IncidentId.parse(id);
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("id", "uuid", "an incident id is a UUID");
		}
		return record.incident(incidentId).orElseThrow(() -> new NotFound("incident", id));
	}

	@GetMapping("/batches/{id}")
	@Operation(summary = "A committed batch, its ledger entry and the leaf hashes of its reports")
	BatchView batch(@PathVariable long id) {
		ReportBatch batch = record.batch(id).orElseThrow(() -> new NotFound("batch", id));
		return new BatchView(batch, record.reportsOf(batch).stream().map(StoredReport::leafHash).toList());
	}

	@GetMapping("/pipeline")
	@Operation(summary = "The ingest pipeline of this instance: queue, counts, last committed and last fused batch")
	PipelineStats pipeline() {
		return ingest.stats();
	}
}
