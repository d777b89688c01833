package org.reassure.guarantees.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.reassure.guarantees.CommitmentId;
import org.reassure.guarantees.NationRatification;
import org.reassure.guarantees.RatificationRoute;
import org.reassure.guarantees.RatificationStep;
import org.reassure.guarantees.RatificationTracker;
import org.reassure.guarantees.ReadinessOverview;
import org.reassure.guarantees.internal.GuaranteesFile;
import org.reassure.shared.NationCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Ratification over REST: the readiness overview, each nation's route and steps.
 */
@RestController
@RequestMapping("/api/v1/guarantees/ratification")
@Tag(name = "Guarantees: ratification", description = "Constitutional routes, ratification steps, readiness if a ceasefire were declared today")
class RatificationApi {

	private final RatificationTracker tracker;

	RatificationApi(RatificationTracker tracker) {
		this.tracker = tracker;
	}

	record RouteRequest(@NotNull Boolean documented, Boolean parliamentVote, @Size(max = RatificationRoute.MAX_CHAMBERS) List<String> chambers,
			@Size(max = RatificationRoute.MAX_NOTE_LENGTH) String note, List<GuaranteesFile.CitationEntry> citations) {
	}

	record StepRequest(@NotNull LocalDate date, @NotNull RatificationStep.Kind kind, String chamber, @NotNull RatificationStep.Outcome outcome,
			@Size(max = RatificationStep.MAX_DESCRIPTION_LENGTH) String description, String commitment, List<GuaranteesFile.CitationEntry> citations) {
	}

	@GetMapping
	@Operation(summary = "If a ceasefire were declared today: commitments ready vs pending per nation and component, with troops and money per currency")
	ReadinessOverview overview() {
		return tracker.overview();
	}

	@GetMapping("/{nation}")
	@Operation(summary = "A nation's constitutional route (or that it is not yet documented), its steps and the commitments the caller may see with their readiness")
	NationRatification nation(@PathVariable String nation) {
		return tracker.of(new NationCode(nation));
	}

	@PutMapping("/{nation}/route")
	@Operation(summary = "Document a nation's constitutional route with its sources (its liaison, or the secretariat)")
	RatificationRoute documentRoute(@PathVariable String nation, @Valid @RequestBody RouteRequest request) {
		return tracker.document(new RatificationRoute(new NationCode(nation), request.documented(), request.parliamentVote(), request.chambers(),
				request.note(), GuaranteesFile.cite(request.citations())));
	}

	@PostMapping("/{nation}/steps")
	@Operation(summary = "Record a dated, sourced ratification step (its liaison, or the secretariat)")
	ResponseEntity<RatificationStep> recordStep(@PathVariable String nation, @Valid @RequestBody StepRequest request) {
		RatificationStep step = tracker.record(new RatificationStep(RatificationStep.nextId(), new NationCode(nation), request.date(), request.kind(),
				request.chamber(), request.outcome(), request.description(), request.commitment() == null ? null : new CommitmentId(request.commitment()),
				GuaranteesFile.cite(request.citations())));
		return ResponseEntity.created(URI.create("/api/v1/guarantees/ratification/" + nation)).body(step);
	}
}
