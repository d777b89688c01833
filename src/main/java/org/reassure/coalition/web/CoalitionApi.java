package org.reassure.coalition.web;

import java.net.URI;
import java.util.List;

import org.reassure.access.Actors;
import org.reassure.coalition.Claim;
import org.reassure.coalition.ClaimId;
import org.reassure.coalition.CoalitionDataset;
import org.reassure.coalition.CoalitionRegistry;
import org.reassure.coalition.Headquarters;
import org.reassure.coalition.ImportResult;
import org.reassure.coalition.Meeting;
import org.reassure.coalition.Participant;
import org.reassure.coalition.ParticipantFilter;
import org.reassure.coalition.ParticipantKind;
import org.reassure.coalition.ParticipantProfile;
import org.reassure.coalition.Predicate;
import org.reassure.coalition.ReferenceItem;
import org.reassure.coalition.SourceUse;
import org.reassure.coalition.Standing;
import org.reassure.coalition.internal.DatasetFile;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.http.MediaType;
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
import jakarta.validation.constraints.Size;

/**
 * The coalition registry over REST.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Coalition", description = "Participants, sourced claims, meetings, headquarters, reference data")
class CoalitionApi {

	static final int MAX_DATASET_BYTES = 5 * 1024 * 1024;

	private final CoalitionRegistry registry;
	private final CoalitionDataset dataset;
	private final Actors actors;

	CoalitionApi(CoalitionRegistry registry, CoalitionDataset dataset, Actors actors) {
		this.registry = registry;
		this.dataset = dataset;
		this.actors = actors;
	}

	record NewParticipant(@NotBlank @Size(max = 8) String code, @Size(max = 3) String iso3, @Size(max = 3) String isoNumeric,
			@NotNull ParticipantKind kind, @NotBlank @Size(max = 100) String nameEn, @NotBlank @Size(max = 100) String nameFr, Boolean eu,
			Boolean nato) {
	}

	@GetMapping("/participants")
	@Operation(summary = "Participants as the claims place them (filters: kind, eu, nato, role, standing; all=true adds outsiders)")
	List<ParticipantProfile> participants(@RequestParam(required = false) ParticipantKind kind, @RequestParam(required = false) Boolean eu,
			@RequestParam(required = false) Boolean nato, @RequestParam(required = false) String role,
			@RequestParam(required = false) Standing standing, @RequestParam(defaultValue = "false") boolean all) {
		return registry.profiles(new ParticipantFilter(kind, eu, nato, role, standing, all));
	}

	@GetMapping("/participants/{code}")
	@Operation(summary = "A participant with every claim about it and the claims' sources")
	ParticipantProfile participant(@PathVariable String code) {
		NationCode nation = new NationCode(code);
		return registry.profile(nation).orElseThrow(() -> new NotFound("participant", code));
	}

	@PostMapping("/participants")
	@Operation(summary = "Add a participant (secretariat)")
	ResponseEntity<Participant> addParticipant(@Valid @RequestBody NewParticipant request) {
		Participant participant = registry.add(new Participant(new NationCode(request.code()), request.iso3(), request.isoNumeric(), request.kind(),
				request.nameEn(), request.nameFr(), Boolean.TRUE.equals(request.eu()), Boolean.TRUE.equals(request.nato())));
		return ResponseEntity.created(URI.create("/api/v1/participants/" + participant.code())).body(participant);
	}

	@GetMapping("/claims")
	@Operation(summary = "Sourced claims, optionally about one subject or of one predicate")
	List<Claim> claims(@RequestParam(required = false) String subject, @RequestParam(required = false) Predicate predicate) {
		return registry.claims()
			.stream()
			.filter(c -> subject == null || c.subject().equals(subject))
			.filter(c -> predicate == null || c.predicate() == predicate)
			.toList();
	}

	@GetMapping("/claims/{id}")
	@Operation(summary = "One claim with its citations")
	Claim claim(@PathVariable String id) {
		return registry.claim(new ClaimId(id));
	}

	@PostMapping("/claims")
	@Operation(summary = "Record a sourced claim (secretariat); a claim without a citation is refused")
	ResponseEntity<Claim> recordClaim(@RequestBody DatasetFile.ClaimEntry request) {
		Claim claim = registry.record(request.toClaim());
		return ResponseEntity.created(URI.create("/api/v1/claims/" + claim.id())).body(claim);
	}

	@GetMapping("/meetings")
	@Operation(summary = "Meetings in date order")
	List<Meeting> meetings() {
		return registry.meetings();
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "One meeting")
	Meeting meeting(@PathVariable String id) {
		return registry.meeting(id).orElseThrow(() -> new NotFound("meeting", id));
	}

	@PostMapping("/meetings")
	@Operation(summary = "Record a meeting (secretariat)")
	ResponseEntity<Meeting> recordMeeting(@RequestBody DatasetFile.MeetingEntry request) {
		Meeting meeting = registry.record(request.toMeeting());
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(meeting);
	}

	@GetMapping("/headquarters")
	@Operation(summary = "Headquarters rotation and coordination cell")
	List<Headquarters> headquarters() {
		return registry.headquarters();
	}

	@GetMapping("/reference")
	@Operation(summary = "Founding commitments, force objectives and the five guarantee components")
	List<ReferenceItem> reference() {
		return registry.reference();
	}

	@GetMapping("/sources")
	@Operation(summary = "Sources with the claims that cite them")
	List<SourceUse> sources() {
		return registry.sourceUses();
	}

	@PostMapping(path = "/datasets", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import a data set file (administrators); importing the same file again changes nothing")
	ImportResult importDataset(@RequestBody byte[] content) {
		if (content.length > MAX_DATASET_BYTES) {
			throw new RuleViolation("$", "size", "a data set file is at most " + MAX_DATASET_BYTES + " bytes");
		}
		return dataset.importFile(content, actors.current());
	}

	@GetMapping("/datasets/export")
	@Operation(summary = "Export the registry as a data set file (json) or its claims, one row per citation (csv)")
	ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format) {
		return switch (format) {
			case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(dataset.exportJson());
			case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv")).body(dataset.exportCsv());
			default -> throw new RuleViolation("format", "one-of", "format is json or csv, was: " + format);
		};
	}
}
