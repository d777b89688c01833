package org.reassure.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.coalition.CoalitionRegistry;
import org.reassure.coalition.ParticipantFilter;
import org.reassure.coalition.ReferenceItem;
import org.reassure.governance.internal.Proposals;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the coalition decides: the secretariat opens proposals, each nation's liaison casts, changes
 * or withdraws its ballot until the deadline, and the outcome is recorded once it has passed. Every
 * write is one transaction with its ledger entry.
 */
@Service
public class Governance {

	private final Proposals proposals;
	private final Rulebook rulebook;
	private final CoalitionRegistry registry;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Governance(Proposals proposals, Rulebook rulebook, CoalitionRegistry registry, Ledger ledger, Actors actors, ApplicationEventPublisher events,
			Clock clock) {
		this.proposals = proposals;
		this.rulebook = rulebook;
		this.registry = registry;
		this.ledger = ledger;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Every proposal, the most recently opened first. */
	public List<Proposal> proposals() {
		return proposals.all();
	}

	public Proposal proposal(ProposalId id) {
		return proposals.find(id).orElseThrow(() -> new NotFound("proposal", id));
	}

	public Tally tally(Proposal proposal) {
		return proposal.tally(now());
	}

	/** The guarantee components a proposal may concern. */
	public List<ReferenceItem> components() {
		return registry.reference().stream().filter(r -> r.category() == ReferenceItem.Category.GUARANTEE_COMPONENT).toList();
	}

	/** Who votes when the secretariat names nobody: the participants whose kind and standing the statutes in force name. */
	public Electorate defaultElectorate() {
		StatuteParameters parameters = rulebook.statutes().parameters();
		return new Electorate(registry.profiles(ParticipantFilter.PARTICIPANTS)
			.stream()
			.filter(p -> parameters.electorateKinds().contains(p.participant().kind()))
			.filter(p -> parameters.electorateStandings().contains(p.standing()))
			.map(p -> p.participant().code())
			.toList());
	}

	@Transactional
	public Proposal open(ProposalDraft draft) {
		Actor actor = actors.current();
		if (!actors.currentHas(Role.SECRETARIAT)) {
			throw new RuleViolation("$", "secretariat", "only the coalition secretariat opens proposals");
		}
		if (draft.rule() == null) {
			throw new RuleViolation("rule", "required", "a proposal is opened with a decision rule");
		}
		Statutes statutes = rulebook.statutes();
		DecisionRule rule = statutes.parameters().rule(draft.rule());
		Electorate electorate = draft.electorate() == null ? defaultElectorate() : electorate(draft.electorate());
		Proposal proposal = Proposal.open(ProposalId.generate(), draft, component(draft.component()), rule, electorate, weightsFor(rule, draft.rule()),
				statutes.version(), actor, now());
		proposals.add(proposal);
		ProposalOpened opened = proposal.opened();
		record(actor, "governance.proposal.opened", opened);
		return proposal;
	}

	@Transactional
	public Ballot cast(ProposalId id, NationCode nation, BallotChoice choice) {
		Actor actor = liaison();
		Proposal proposal = proposal(id);
		BallotCast cast = proposal.cast(actor, nation, choice, now());
		Ballot ballot = proposal.ballotOf(nation);
		proposals.addBallot(id, ballot);
		record(actor, "governance.ballot.cast", cast);
		return ballot;
	}

	@Transactional
	public Ballot change(ProposalId id, NationCode nation, BallotChoice choice) {
		Actor actor = liaison();
		Proposal proposal = proposal(id);
		BallotChanged changed = proposal.change(actor, nation, choice, now());
		Ballot ballot = proposal.ballotOf(nation);
		proposals.changeBallot(id, ballot);
		record(actor, "governance.ballot.changed", changed);
		return ballot;
	}

	@Transactional
	public void withdraw(ProposalId id, NationCode nation) {
		Actor actor = liaison();
		Proposal proposal = proposal(id);
		BallotWithdrawn withdrawn = proposal.withdraw(actor, nation, now());
		proposals.removeBallot(id, nation);
		record(actor, "governance.ballot.withdrawn", withdrawn);
	}

	/** Open proposals whose deadline has passed and whose outcome is not yet recorded. */
	public List<ProposalId> due() {
		return proposals.due(now());
	}

	/**
	 * Records the outcome of a proposal whose deadline has passed, as done by the system. Empty when
	 * another instance recorded it first.
	 */
	@Transactional
	public Optional<ProposalDecided> decide(ProposalId id) {
		Instant now = now();
		ProposalDecided decided = proposal(id).decide(now);
		if (!proposals.recordDecision(id, decided.outcome(), now)) {
			return Optional.empty();
		}
		record(Actor.SYSTEM, "governance.proposal.decided", decided);
		return Optional.of(decided);
	}

	private Actor liaison() {
		Actor actor = actors.current();
		if (!actors.currentHas(Role.NATION_LIAISON)) {
			throw new RuleViolation("nation", "liaison", "ballots are cast by a nation's liaison officer only");
		}
		return actor;
	}

	private String component(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		List<String> known = components().stream().map(ReferenceItem::code).toList();
		if (!known.contains(code)) {
			throw new RuleViolation("component", "known", "component is one of " + known + " or none, was: " + code);
		}
		return code;
	}

	private Electorate electorate(List<String> codes) {
		List<NationCode> nations = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String field = "electorate[" + i + "]";
			NationCode nation;
			try {
				nation = new NationCode(codes.get(i) == null ? null : codes.get(i).strip());
			}
			catch (RuleViolation e) {
				throw new RuleViolation(field, e.rule(), e.getMessage());
			}
			if (!registry.knows(nation)) {
				throw new RuleViolation(field, "known", nation + " is not a participant the registry knows");
			}
			nations.add(nation);
		}
		return new Electorate(nations);
	}

	private WeightTable weightsFor(DecisionRule rule, RuleTerms terms) {
		if (!rule.usesWeights()) {
			if (terms.weightTable() != null) {
				throw new RuleViolation("rule.weightTable", "not-applicable", rule.kind() + " does not weigh members");
			}
			return null;
		}
		if (terms.weightTable() == null) {
			return rulebook.weightTable().orElse(null);
		}
		try {
			return rulebook.weightTable(terms.weightTable());
		}
		catch (NotFound e) {
			throw new RuleViolation("rule.weightTable", "known", "there is no weight table version " + terms.weightTable());
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/** Every governance move goes into the ledger and out as an event, in the move's transaction. */
	private void record(Actor actor, String action, Object event) {
		ledger.record(LedgerEntry.of(actor, action, event));
		events.publishEvent(event);
	}
}
