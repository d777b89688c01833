package org.reassure.guarantees.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reassure.guarantees.GuaranteesReference;
import org.reassure.guarantees.PeacePlan;
import org.reassure.guarantees.PeacePlanTracker;
import org.reassure.guarantees.PlanPoint;
import org.reassure.guarantees.RedLine;
import org.reassure.guarantees.RedLineReference;
import org.reassure.shared.NationCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The peace-plan tracker over REST.
 */
@RestController
@RequestMapping("/api/v1/guarantees")
@Tag(name = "Guarantees: peace plan", description = "Points, statuses, parties' positions, the share agreed, red lines")
class PeacePlanApi {

	private final PeacePlanTracker tracker;
	private final GuaranteesReference reference;

	PeacePlanApi(PeacePlanTracker tracker, GuaranteesReference reference) {
		this.tracker = tracker;
		this.reference = reference;
	}

	record NewPoint(@NotBlank @Size(max = PlanPoint.MAX_TITLE_LENGTH) String title, @Size(max = PlanPoint.MAX_TEXT_LENGTH) String text) {
	}

	/** What to change on a point; a part left out stays as it was. {@code redLines} replaces the whole assessment. */
	record PointRevision(PlanPoint.Status status, Map<String, PlanPoint.Position> positions, Map<RedLine, PlanPoint.Assessment> redLines) {
	}

	/** A plan with the share of its points agreed and the points that cross a red line. */
	record PlanView(PeacePlan plan, Integer agreedPercent, List<Integer> pointsCrossingRedLines) {

		static PlanView of(PeacePlan plan) {
			return new PlanView(plan, plan.agreedPercent(), plan.pointsCrossingRedLines().stream().map(PlanPoint::number).toList());
		}
	}

	@GetMapping("/peace-plans")
	@Operation(summary = "Peace plans with the share agreed and the points crossing a red line")
	List<PlanView> plans() {
		return tracker.all().stream().map(PlanView::of).toList();
	}

	@GetMapping("/peace-plans/{id}")
	@Operation(summary = "One peace plan")
	PlanView plan(@PathVariable String id) {
		return PlanView.of(tracker.plan(id));
	}

	@GetMapping("/red-lines")
	@Operation(summary = "The coalition's red lines with their sources")
	List<RedLineReference> redLines() {
		return reference.redLines();
	}

	@PostMapping("/peace-plans/{id}/points")
	@Operation(summary = "Add a point to a plan, OPEN (secretariat)")
	ResponseEntity<PlanPoint> addPoint(@PathVariable String id, @Valid @RequestBody NewPoint request) {
		PlanPoint point = tracker.addPoint(id, request.title(), request.text());
		return ResponseEntity.created(URI.create("/api/v1/guarantees/peace-plans/" + id)).body(point);
	}

	@PatchMapping("/peace-plans/{id}/points/{number}")
	@Operation(summary = "Change a point's status, parties' positions or red-line assessment (secretariat)")
	PlanPoint revisePoint(@PathVariable String id, @PathVariable int number, @RequestBody PointRevision request) {
		Map<NationCode, PlanPoint.Position> positions = null;
		if (request.positions() != null) {
			positions = new LinkedHashMap<>();
			for (Map.Entry<String, PlanPoint.Position> entry : request.positions().entrySet()) {
				positions.put(new NationCode(entry.getKey()), entry.getValue());
			}
		}
		return tracker.revisePoint(id, number, request.status(), positions, request.redLines());
	}
}
