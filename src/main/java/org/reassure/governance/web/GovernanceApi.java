package org.reassure.governance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.reassure.access.Actors;
import org.reassure.coalition.Citation;
import org.reassure.governance.Ballot;
import org.reassure.governance.BallotChoice;
import org.reassure.governance.DecisionRule;
import org.reassure.governance.Electorate;
import org.reassure.governance.Explanation;
import org.reassure.governance.Governance;
import org.reassure.governance.Loaded;
import org.reassure.governance.Proposal;
import org.reassure.governance.ProposalDraft;
import org.reassure.governance.ProposalId;
import org.reassure.governance.RuleTerms;
import org.reassure.governance.Rulebook;
import org.reassure.governance.StatuteArticle;
import org.reassure.governance.StatuteParameters;
import org.reassure.governance.Statutes;
import org.reassure.governance.Tally;
import org.reassure.governance.WeightTable;
import org.reassure.governance.internal.WeightTableFile;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Statutes, weight tables, proposals, ballots and tallies over REST.
 */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance", description = "Statutes, weight tables, proposals, ballots and explained tallies")
class GovernanceApi {

	private final Governance governance;
	private final Rulebook rulebook;
	private final Actors actors;

	GovernanceApi(Governance governance, Rulebook rulebook, Actors actors) {
		this.governance = governance;
		this.rulebook = rulebook;
		this.actors = actors;
	}

	record RuleRequest(@NotNull DecisionRule.Kind kind, BigDecimal memberThreshold, BigDecimal weightThreshold, Integer minimum, Integer weightTable) {
	}

	record OpenProposal(@NotBlank @Size(max = Proposal.MAX_TITLE_LENGTH) String title, @NotBlank @Size(max = Proposal.MAX_TEXT_LENGTH) String text,
			@Size(max = 60) String component, @Size(max = Proposal.MAX_OPTIONS) List<@NotBlank @Size(max = Proposal.MAX_OPTION_LENGTH) String> options,
			@NotNull Instant deadline, @NotNull @Valid RuleRequest rule, @Size(min = 1, max = Electorate.MAX_SIZE) List<String> electorate) {

		ProposalDraft toDraft() {
			return new ProposalDraft(title, text, component, options, deadline,
					new RuleTerms(rule.kind(), rule.memberThreshold(), rule.weightThreshold(), rule.minimum(), rule.weightTable()), electorate);
		}
	}

	record CastBallot(@NotBlank @Size(max = 8) String nation, @NotNull BallotChoice choice) {
	}

	record ChangeBallot(@NotNull BallotChoice choice) {
	}

	record ProposalView(ProposalId id, String title, String text, String component, List<String> options, Instant deadline, DecisionRule rule,
			Electorate electorate, Integer weightTable, int statutesVersion, Instant openedAt, String openedBy, List<Ballot> ballots, Tally tally,
			Instant decidedAt) {

		static ProposalView of(Proposal p, Tally tally) {
			return new ProposalView(p.id(), p.title(), p.text(), p.component(), p.options(), p.deadline(), p.rule(), p.electorate(),
					p.weights() == null ? null : p.weights().version(), p.statutesVersion(), p.openedAt(), p.openedBy(), p.ballots(), tally, p.decidedAt());
		}
	}

	record ArticleView(String code, StatuteArticle.Origin origin, Explanation title, Explanation text, List<Citation> citations) {
	}

	record StatutesView(int version, Instant inForceSince, Explanation title, StatuteParameters parameters, List<ArticleView> articles) {

		static StatutesView of(Statutes s) {
			return new StatutesView(s.version(), s.inForceSince(), new Explanation(s.title(Locale.ENGLISH), s.title(Locale.FRENCH)), s.parameters(),
					s.articles()
						.stream()
						.map(a -> new ArticleView(a.code(), a.origin(), new Explanation(a.titleEn(), a.titleFr()),
								new Explanation(s.text(a, Locale.ENGLISH), s.text(a, Locale.FRENCH)), a.citations()))
						.toList());
		}
	}

	@GetMapping("/statutes")
	@Operation(summary = "The statutes in force, their parameters and articles with the figures written in")
	StatutesView statutes() {
		return StatutesView.of(rulebook.statutes());
	}

	@GetMapping("/statutes/{version}")
	@Operation(summary = "One version of the statutes")
	StatutesView statutes(@PathVariable int version) {
		return StatutesView.of(rulebook.statutes(version));
	}

	@GetMapping("/weight-tables")
	@Operation(summary = "Every version of the weight table, oldest first")
	List<WeightTable> weightTables() {
		return rulebook.weightTables();
	}

	@GetMapping("/weight-tables/{version}")
	@Operation(summary = "One version of the weight table")
	WeightTable weightTable(@PathVariable int version) {
		return rulebook.weightTable(version);
	}

	@PostMapping("/weight-tables")
	@Operation(summary = "Load a new version of the weight table (secretariat); the same content again changes nothing (200 instead of 201)")
	ResponseEntity<WeightTable> loadWeightTable(@RequestBody WeightTableFile request) {
		Loaded<WeightTable> loaded = rulebook.load(request.toDraft(), actors.current());
		return ResponseEntity.status(loaded.added() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/governance/weight-tables/" + loaded.version().version()))
			.body(loaded.version());
	}

	@GetMapping("/proposals")
	@Operation(summary = "Every proposal with its live tally, the most recent first")
	List<ProposalView> proposals() {
		return governance.proposals().stream().map(p -> ProposalView.of(p, governance.tally(p))).toList();
	}

	@PostMapping("/proposals")
	@Operation(summary = "Open a proposal (secretariat); the rule, electorate and weight table are fixed from now on")
	ResponseEntity<ProposalView> open(@Valid @RequestBody OpenProposal request) {
		Proposal proposal = governance.open(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/governance/proposals/" + proposal.id())).body(ProposalView.of(proposal, governance.tally(proposal)));
	}

	@GetMapping("/proposals/{id}")
	@Operation(summary = "A proposal with its ballots and live tally")
	ProposalView proposal(@PathVariable String id) {
		Proposal proposal = governance.proposal(new ProposalId(id));
		return ProposalView.of(proposal, governance.tally(proposal));
	}

	@GetMapping("/proposals/{id}/tally")
	@Operation(summary = "The tally of a proposal now: outcome (PENDING before the deadline), what it would be, and why in English and French")
	Tally tally(@PathVariable String id) {
		return governance.tally(governance.proposal(new ProposalId(id)));
	}

	@GetMapping("/proposals/{id}/ballots")
	@Operation(summary = "The ballots in force on a proposal")
	List<Ballot> ballots(@PathVariable String id) {
		return governance.proposal(new ProposalId(id)).ballots();
	}

	@PostMapping("/proposals/{id}/ballots")
	@Operation(summary = "Cast your nation's ballot (nation liaison); 409 if your nation has already voted")
	ResponseEntity<Ballot> cast(@PathVariable String id, @Valid @RequestBody CastBallot request) {
		NationCode nation = nation(request.nation());
		Ballot ballot = governance.cast(new ProposalId(id), nation, request.choice());
		return ResponseEntity.created(URI.create("/api/v1/governance/proposals/" + id + "/ballots/" + nation)).body(ballot);
	}

	@PutMapping("/proposals/{id}/ballots/{nation}")
	@Operation(summary = "Change your nation's ballot before the deadline (nation liaison)")
	Ballot change(@PathVariable String id, @PathVariable String nation, @Valid @RequestBody ChangeBallot request) {
		return governance.change(new ProposalId(id), nation(nation), request.choice());
	}

	@DeleteMapping("/proposals/{id}/ballots/{nation}")
	@Operation(summary = "Withdraw your nation's ballot before the deadline (nation liaison)")
	ResponseEntity<Void> withdraw(@PathVariable String id, @PathVariable String nation) {
		governance.withdraw(new ProposalId(id), nation(nation));
		return ResponseEntity.noContent().build();
	}

	private static NationCode nation(String code) {
		try {
			return new NationCode(code);
		}
		catch (RuleViolation e) {
			throw new RuleViolation("nation", e.rule(), e.getMessage());
		}
	}
}
