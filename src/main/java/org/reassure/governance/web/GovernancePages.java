package org.reassure.governance.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.coalition.Citation;
import org.reassure.coalition.CoalitionRegistry;
import org.reassure.coalition.Participant;
import org.reassure.coalition.ParticipantFilter;
import org.reassure.coalition.ParticipantProfile;
import org.reassure.coalition.ReferenceItem;
import org.reassure.governance.Ballot;
import org.reassure.governance.BallotChoice;
import org.reassure.governance.DecisionRule;
import org.reassure.governance.Governance;
import org.reassure.governance.Proposal;
import org.reassure.governance.ProposalDraft;
import org.reassure.governance.ProposalId;
import org.reassure.governance.RuleTerms;
import org.reassure.governance.Rulebook;
import org.reassure.governance.Share;
import org.reassure.governance.StatuteArticle;
import org.reassure.governance.StatuteParameters;
import org.reassure.governance.Statutes;
import org.reassure.governance.Tally;
import org.reassure.governance.WeightTable;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The governance pages: proposals, a proposal with its live tally and the ballot form, the form
 * that opens a proposal, and the statutes in force.
 */
@Controller
@RequestMapping("/governance")
class GovernancePages {

	private static final Duration DEFAULT_VOTING_PERIOD = Duration.ofDays(7);

	private final Governance governance;
	private final Rulebook rulebook;
	private final CoalitionRegistry registry;
	private final Actors actors;
	private final Clock clock;

	GovernancePages(Governance governance, Rulebook rulebook, CoalitionRegistry registry, Actors actors, Clock clock) {
		this.governance = governance;
		this.rulebook = rulebook;
		this.registry = registry;
		this.actors = actors;
		this.clock = clock;
	}

	/** The fields of the form that opens a proposal; options one per line, electorate codes separated by commas. */
	record ProposalForm(String title, String text, String component, String options, String deadline, DecisionRule.Kind kind, BigDecimal memberThreshold,
			BigDecimal weightThreshold, Integer minimum, String electorate) {

		ProposalDraft toDraft() {
			boolean majority = kind == DecisionRule.Kind.QUALIFIED_MAJORITY;
			return new ProposalDraft(title, text, component, lines(options), deadlineInstant(),
					kind == null ? null : new RuleTerms(kind, majority ? memberThreshold : null, majority ? weightThreshold : null,
							kind == DecisionRule.Kind.OPT_IN ? minimum : null, null),
					electorate == null || electorate.isBlank() ? null : Arrays.stream(electorate.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList());
		}

		private Instant deadlineInstant() {
			try {
				return deadline == null || deadline.isBlank() ? null : LocalDateTime.parse(deadline.strip()).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException e) {
				throw new RuleViolation("deadline", "format", "the deadline is a date and time such as 2026-03-01T12:00 (UTC), was: " + deadline);
			}
		}

		private static List<String> lines(String text) {
			return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	record RuleView(DecisionRule.Kind kind, String first, String second, Integer minimum) {

		static RuleView of(DecisionRule rule, Locale locale) {
			if (rule instanceof DecisionRule.QualifiedMajority q) {
				return new RuleView(rule.kind(), q.members().percent(locale), q.weight().percent(locale), null);
			}
			if (rule instanceof DecisionRule.Unanimity u) {
				return new RuleView(rule.kind(), u.blockingMembers().percent(locale), u.blockingWeight().percent(locale), null);
			}
			return new RuleView(rule.kind(), null, null, rule instanceof DecisionRule.OptIn o ? o.minimum() : null);
		}
	}

	record ProposalRow(ProposalId id, String title, String component, RuleView rule, ZonedDateTime deadline, Tally tally, String explanation,
			int ballots, int electorate) {
	}

	record ElectorRow(NationCode code, String name, Ballot ballot, ZonedDateTime changedAt, Long weight, String weightShare) {
	}

	record ArticleRow(int number, String code, StatuteArticle.Origin origin, String title, String text, List<Citation> citations) {
	}

	record WeightRow(NationCode code, String name, long weight, String share) {
	}

	@GetMapping("/proposals")
	String proposals(Locale locale, Model model) {
		Map<String, String> components = componentNames(locale);
		model.addAttribute("rows", governance.proposals().stream().map(p -> {
			Tally tally = governance.tally(p);
			return new ProposalRow(p.id(), p.title(), p.component() == null ? null : components.get(p.component()), RuleView.of(p.rule(), locale), utc(p.deadline()),
					tally, tally.explanation().in(locale), p.ballots().size(), p.electorate().size());
		}).toList());
		model.addAttribute("canOpen", actors.currentHas(Role.SECRETARIAT));
		return "governance/proposals";
	}

	@GetMapping("/proposals/new")
	String newProposal(Locale locale, Model model) {
		StatuteParameters parameters = rulebook.statutes().parameters();
		String inAWeek = LocalDateTime.ofInstant(clock.instant().plus(DEFAULT_VOTING_PERIOD), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
		ProposalForm defaults = new ProposalForm("", "", "", "", inAWeek, DecisionRule.Kind.QUALIFIED_MAJORITY, percent(parameters.qualifiedMajorityMembers()),
				percent(parameters.qualifiedMajorityWeight()), parameters.optInMinimum(),
				governance.defaultElectorate().nations().stream().map(NationCode::value).collect(Collectors.joining(", ")));
		return form(defaults, null, locale, model);
	}

	@PostMapping("/proposals")
	String open(@ModelAttribute ProposalForm form, Locale locale, Model model) {
		try {
			Proposal proposal = governance.open(form.toDraft());
			return "redirect:/governance/proposals/" + proposal.id();
		}
		catch (RuleViolation e) {
			return form(form, e.field() + ": " + e.getMessage(), locale, model);
		}
		catch (Conflict e) {
			return form(form, e.getMessage(), locale, model);
		}
	}

	@GetMapping("/proposals/{id}")
	String proposal(@PathVariable String id, Locale locale, Model model) {
		Proposal proposal = governance.proposal(new ProposalId(id));
		Tally tally = governance.tally(proposal);
		Map<NationCode, String> names = participantNames(locale);
		WeightTable weights = proposal.weights();
		model.addAttribute("proposal", proposal);
		model.addAttribute("tally", tally);
		model.addAttribute("explanation", tally.explanation().in(locale));
		model.addAttribute("rule", RuleView.of(proposal.rule(), locale));
		model.addAttribute("component", proposal.component() == null ? null : componentNames(locale).get(proposal.component()));
		model.addAttribute("deadline", utc(proposal.deadline()));
		model.addAttribute("openedAt", utc(proposal.openedAt()));
		model.addAttribute("rows", proposal.electorate().nations().stream().map(n -> new ElectorRow(n, names.getOrDefault(n, n.value()), proposal.ballotOf(n),
				proposal.ballotOf(n) == null ? null : utc(proposal.ballotOf(n).changedAt()), weights == null ? null : weights.weightOf(n), weights == null ? null : share(weights.weightOf(n), tally.count().totalWeight(), locale))).toList());
		Actor actor = actors.current();
		boolean liaison = actors.currentHas(Role.NATION_LIAISON) && actor.nation() != null;
		model.addAttribute("liaison", liaison);
		model.addAttribute("elector", liaison && proposal.electorate().includes(actor.nation()));
		model.addAttribute("open", !tally.closed());
		model.addAttribute("myNation", actor.nation());
		model.addAttribute("myBallot", liaison ? proposal.ballotOf(actor.nation()) : null);
		model.addAttribute("choices", Arrays.stream(BallotChoice.values()).filter(proposal.rule()::accepts).toList());
		return "governance/proposal";
	}

	@PostMapping("/proposals/{id}/ballot")
	String vote(@PathVariable String id, @RequestParam(required = false) BallotChoice choice, RedirectAttributes redirect) {
		ProposalId proposalId = new ProposalId(id);
		try {
			NationCode nation = actors.current().nation();
			if (nation != null && governance.proposal(proposalId).ballotOf(nation) != null) {
				governance.change(proposalId, nation, choice);
				redirect.addFlashAttribute("done", "changed");
			}
			else {
				governance.cast(proposalId, nation, choice);
				redirect.addFlashAttribute("done", "cast");
			}
		}
		catch (RuleViolation | Conflict e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/governance/proposals/" + proposalId;
	}

	@PostMapping("/proposals/{id}/ballot/withdraw")
	String withdraw(@PathVariable String id, RedirectAttributes redirect) {
		ProposalId proposalId = new ProposalId(id);
		try {
			governance.withdraw(proposalId, actors.current().nation());
			redirect.addFlashAttribute("done", "withdrawn");
		}
		catch (RuleViolation | Conflict e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/governance/proposals/" + proposalId;
	}

	@GetMapping("/statutes")
	String statutes(@RequestParam(required = false) Integer version, Locale locale, Model model) {
		Statutes statutes = version == null ? rulebook.statutes() : rulebook.statutes(version);
		List<StatuteArticle> articles = statutes.articles();
		model.addAttribute("statutes", statutes);
		model.addAttribute("statutesTitle", statutes.title(locale));
		model.addAttribute("inForceSince", utc(statutes.inForceSince()));
		model.addAttribute("articles", articles.stream()
			.map(a -> new ArticleRow(articles.indexOf(a) + 1, a.code(), a.origin(), a.title(locale), statutes.text(a, locale), a.citations()))
			.toList());
		rulebook.weightTable().ifPresent(table -> {
			Map<NationCode, String> names = participantNames(locale);
			long total = table.weights().values().stream().mapToLong(Long::longValue).sum();
			model.addAttribute("weights", table);
			model.addAttribute("weightsSource", List.of(table.source()));
			model.addAttribute("weightsLoadedAt", utc(table.loadedAt()));
			model.addAttribute("weightRows", table.weights().entrySet().stream()
				.map(e -> new WeightRow(e.getKey(), names.getOrDefault(e.getKey(), e.getKey().value()), e.getValue(), share(e.getValue(), total, locale)))
				.sorted((a, b) -> a.name().compareTo(b.name()))
				.toList());
			model.addAttribute("weightTotal", total);
		});
		model.addAttribute("weightVersions", rulebook.weightTables());
		return "governance/statutes";
	}

	private String form(ProposalForm form, String error, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("components", governance.components().stream().map(c -> Map.entry(c.code(), name(c, locale))).toList());
		model.addAttribute("kinds", DecisionRule.Kind.values());
		return "governance/new-proposal";
	}

	private Map<String, String> componentNames(Locale locale) {
		return governance.components().stream().collect(Collectors.toMap(ReferenceItem::code, c -> name(c, locale)));
	}

	private Map<NationCode, String> participantNames(Locale locale) {
		return registry.profiles(new ParticipantFilter(null, null, null, null, null, true))
			.stream()
			.map(ParticipantProfile::participant)
			.collect(Collectors.toMap(Participant::code, p -> french(locale) ? p.nameFr() : p.nameEn(), (a, b) -> a));
	}

	private static String name(ReferenceItem item, Locale locale) {
		return french(locale) ? item.nameFr() : item.nameEn();
	}

	private static boolean french(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage());
	}

	private static String share(long part, long whole, Locale locale) {
		return Share.percentOf(part, whole, locale);
	}

	private static BigDecimal percent(Share share) {
		return BigDecimal.valueOf(share.numerator() * 10_000 / share.denominator(), 2).stripTrailingZeros();
	}

	private static ZonedDateTime utc(Instant instant) {
		return instant == null ? null : instant.atZone(ZoneOffset.UTC);
	}
}
