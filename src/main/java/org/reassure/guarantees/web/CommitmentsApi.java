package org.reassure.guarantees.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.reassure.access.Actors;
import org.reassure.guarantees.Commitment;
import org.reassure.guarantees.CommitmentCondition;
import org.reassure.guarantees.CommitmentId;
import org.reassure.guarantees.CommitmentKind;
import org.reassure.guarantees.CommitmentRegistry;
import org.reassure.guarantees.CommitmentStatus;
import org.reassure.guarantees.CommitmentStatusChanged;
import org.reassure.guarantees.CommitmentTerms;
import org.reassure.guarantees.Measure;
import org.reassure.guarantees.MeasureUnit;
import org.reassure.guarantees.TimeSpan;
import org.reassure.shared.Actor;
import org.reassure.shared.NationCode;
import org.springframework.http.ResponseEntity;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * National commitments over REST: a liaison records and moves its own nation's; the secretariat
 * and planners read all of them.
 */
@RestController
@RequestMapping("/api/v1/guarantees/commitments")
@Tag(name = "Guarantees: commitments", description = "National commitments per guarantee component, from intent to force")
class CommitmentsApi {

	private final CommitmentRegistry registry;
	private final Actors actors;

	CommitmentsApi(CommitmentRegistry registry, Actors actors) {
		this.registry = registry;
		this.actors = actors;
	}

	/** A commitment to record; the nation defaults to the caller's. Quantity goes with a unit or a currency, or neither is given. */
	record NewCommitment(@Pattern(regexp = "[A-Z]{2,8}") String nation, @NotBlank @Size(max = 40) String component, @NotNull CommitmentKind kind,
			BigDecimal quantity, MeasureUnit unit, @Size(max = 3) String currency, @NotNull LocalDate startsOn, LocalDate endsOn,
			Set<CommitmentCondition> conditions, @Size(max = CommitmentTerms.MAX_DESCRIPTION_LENGTH) String description) {

		CommitmentTerms terms(Actor actor) {
			NationCode forNation = nation == null ? actor.nation() : new NationCode(nation);
			return new CommitmentTerms(forNation, component, kind, Measure.of(quantity, unit, currency), new TimeSpan(startsOn, endsOn), conditions,
					description);
		}
	}

	/** An optional note on a move (a reference to the decision, the vote, the gazette). */
	record Note(@Size(max = 1000) String note) {
	}

	record CommitmentWithHistory(Commitment commitment, List<CommitmentStatusChanged> history) {
	}

	@GetMapping
	@Operation(summary = "Commitments the caller may read (all for the secretariat and planners, its own nation's for a liaison), optionally filtered")
	List<Commitment> list(@RequestParam(required = false) String nation, @RequestParam(required = false) String component,
			@RequestParam(required = false) CommitmentStatus status) {
		List<Commitment> visible = nation == null ? registry.visible() : registry.visible(new NationCode(nation));
		return visible.stream()
			.filter(c -> component == null || c.terms().component().equals(component))
			.filter(c -> status == null || c.status() == status)
			.toList();
	}

	@PostMapping
	@Operation(summary = "Record a commitment of the caller's nation, as an intent (nation liaisons)")
	ResponseEntity<Commitment> record(@Valid @RequestBody NewCommitment request) {
		Commitment commitment = registry.record(request.terms(actors.current()));
		return ResponseEntity.created(URI.create("/api/v1/guarantees/commitments/" + commitment.id())).body(commitment);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A commitment with the history of its status (who, when, from, to)")
	CommitmentWithHistory commitment(@PathVariable String id) {
		CommitmentId commitmentId = new CommitmentId(id);
		return new CommitmentWithHistory(registry.find(commitmentId), registry.history(commitmentId));
	}

	@PostMapping("/{id}/government-approval")
	@Operation(summary = "The government approved the commitment: INTENT -> GOVERNMENT_APPROVED (its nation's liaison)")
	Commitment approveByGovernment(@PathVariable String id, @Valid @RequestBody(required = false) Note note) {
		return registry.approveByGovernment(new CommitmentId(id), text(note));
	}

	@PostMapping("/{id}/parliament-approval")
	@Operation(summary = "Parliament approved the commitment: GOVERNMENT_APPROVED -> PARLIAMENT_APPROVED (its nation's liaison)")
	Commitment approveByParliament(@PathVariable String id, @Valid @RequestBody(required = false) Note note) {
		return registry.approveByParliament(new CommitmentId(id), text(note));
	}

	@PostMapping("/{id}/entry-into-force")
	@Operation(summary = "The commitment enters into force: from PARLIAMENT_APPROVED, or from GOVERNMENT_APPROVED where the documented route needs no vote (its nation's liaison)")
	Commitment enterIntoForce(@PathVariable String id, @Valid @RequestBody(required = false) Note note) {
		return registry.enterIntoForce(new CommitmentId(id), text(note));
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "The nation withdraws the commitment (its nation's liaison)")
	Commitment withdraw(@PathVariable String id, @Valid @RequestBody(required = false) Note note) {
		return registry.withdraw(new CommitmentId(id), text(note));
	}

	private static String text(Note note) {
		return note == null ? null : note.note();
	}
}
