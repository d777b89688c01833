package org.reassure.governance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;

/**
 * A question put to the coalition. Its rule, electorate, weights and deadline are fixed when it is
 * opened; ballots come in, change or are withdrawn until the deadline, and then it is decided.
 */
public class Proposal {

	public static final int MAX_TITLE_LENGTH = 200;
	public static final int MAX_TEXT_LENGTH = 10_000;
	public static final int MAX_OPTIONS = 20;
	public static final int MAX_OPTION_LENGTH = 300;

	private final ProposalId id;
	private final String title;
	private final String text;
	private final String component;
	private final List<String> options;
	private final Instant deadline;
	private final DecisionRule rule;
	private final Electorate electorate;
	private final WeightTable weights;
	private final int statutesVersion;
	private final Instant openedAt;
	private final String openedBy;
	private final Map<NationCode, Ballot> ballots = new LinkedHashMap<>();
	private Outcome decided;
	private Instant decidedAt;

	/** Rebuilds a proposal as stored; {@code decided} is null while no outcome is recorded. */
	public Proposal(ProposalId id, String title, String text, String component, List<String> options, Instant deadline, DecisionRule rule,
			Electorate electorate, WeightTable weights, int statutesVersion, Instant openedAt, String openedBy, Collection<Ballot> ballots,
			Outcome decided, Instant decidedAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.title = title;
		this.text = text;
		this.component = component;
		this.options = List.copyOf(options);
		this.deadline = Objects.requireNonNull(deadline, "deadline");
		this.rule = Objects.requireNonNull(rule, "rule");
		this.electorate = Objects.requireNonNull(electorate, "electorate");
		this.weights = weights;
		this.statutesVersion = statutesVersion;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		ballots.forEach(b -> this.ballots.put(b.nation(), b));
		this.decided = decided;
		this.decidedAt = decidedAt;
	}

	/**
	 * Opens a proposal, refusing a draft that breaks a rule: lengths, a deadline not in the future, a
	 * weight table that misses a member of the electorate, more joiners required than voters.
	 */
	public static Proposal open(ProposalId id, ProposalDraft draft, String component, DecisionRule rule, Electorate electorate, WeightTable weights,
			int statutesVersion, Actor openedBy, Instant now) {
		requireLength("title", draft.title(), MAX_TITLE_LENGTH);
		requireLength("text", draft.text(), MAX_TEXT_LENGTH);
		if (draft.options().size() > MAX_OPTIONS) {
			throw new RuleViolation("options", "size", "a proposal puts forward at most " + MAX_OPTIONS + " options");
		}
		for (int i = 0; i < draft.options().size(); i++) {
			requireLength("options[" + i + "]", draft.options().get(i), MAX_OPTION_LENGTH);
		}
		Instant deadline = draft.deadline() == null ? null : draft.deadline().truncatedTo(ChronoUnit.MILLIS);
		if (deadline == null || !deadline.isAfter(now)) {
			throw new RuleViolation("deadline", "future", "the deadline must be in the future, was: " + deadline);
		}
		if (rule.usesWeights()) {
			if (weights == null) {
				throw new RuleViolation("rule.weightTable", "required", rule.kind() + " weighs members, but no weight table is loaded");
			}
			List<NationCode> missing = weights.missing(electorate);
			if (!missing.isEmpty()) {
				throw new RuleViolation("rule.weightTable", "covers-electorate",
						"weight table version " + weights.version() + " has no weight for " + Figures.nations(missing) + ", who would vote on this proposal");
			}
		}
		if (rule instanceof DecisionRule.OptIn optIn && optIn.minimum() > electorate.size()) {
			throw new RuleViolation("rule.minimum", "range", "at least " + optIn.minimum() + " must join, but only " + electorate.size() + " vote");
		}
		return new Proposal(id, draft.title().strip(), draft.text().strip(), component, draft.options().stream().map(String::strip).toList(), deadline, rule,
				electorate, rule.usesWeights() ? weights : null, statutesVersion, now, openedBy.user(), List.of(), null, null);
	}

	public ProposalOpened opened() {
		return new ProposalOpened(id, title, component, rule, electorate, weights == null ? null : weights.version(), statutesVersion, deadline, openedBy);
	}

	public BallotCast cast(Actor actor, NationCode nation, BallotChoice choice, Instant now) {
		requireVoting(actor, nation, now);
		requireAccepted(choice);
		if (ballots.containsKey(nation)) {
			throw new Conflict("nation", nation + " has already voted on this proposal; change its ballot instead (PUT)");
		}
		ballots.put(nation, new Ballot(nation, choice, actor.user(), now, null));
		return new BallotCast(id, nation, choice, actor.user());
	}

	public BallotChanged change(Actor actor, NationCode nation, BallotChoice choice, Instant now) {
		requireVoting(actor, nation, now);
		requireAccepted(choice);
		Ballot before = existingBallot(nation);
		ballots.put(nation, before.changedTo(choice, actor.user(), now));
		return new BallotChanged(id, nation, before.choice(), choice, actor.user());
	}

	public BallotWithdrawn withdraw(Actor actor, NationCode nation, Instant now) {
		requireVoting(actor, nation, now);
		Ballot before = existingBallot(nation);
		ballots.remove(nation);
		return new BallotWithdrawn(id, nation, before.choice(), actor.user());
	}

	public Tally tally(Instant now) {
		return Tally.of(rule, electorate, weights, ballots.values(), deadline, now);
	}

	/** Records the outcome once the deadline has passed. */
	public ProposalDecided decide(Instant now) {
		if (decided != null) {
			throw new Conflict("outcome", "proposal " + id + " was already decided: " + decided);
		}
		Tally tally = tally(now);
		if (!tally.closed()) {
			throw new Conflict("deadline", "proposal " + id + " is open until " + deadline + "; it is decided only then");
		}
		decided = tally.outcome();
		decidedAt = now;
		return new ProposalDecided(id, title, component, tally.outcome(), tally.bound(), tally.explanation(), now);
	}

	public boolean isOpenAt(Instant now) {
		return decided == null && now.isBefore(deadline);
	}

	public ProposalId id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String text() {
		return text;
	}

	/** The guarantee component code the proposal concerns, or null. */
	public String component() {
		return component;
	}

	public List<String> options() {
		return options;
	}

	public Instant deadline() {
		return deadline;
	}

	public DecisionRule rule() {
		return rule;
	}

	public Electorate electorate() {
		return electorate;
	}

	/** The weight table pinned when the proposal was opened, or null for rules that do not weigh members. */
	public WeightTable weights() {
		return weights;
	}

	public int statutesVersion() {
		return statutesVersion;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public String openedBy() {
		return openedBy;
	}

	public List<Ballot> ballots() {
		return new ArrayList<>(ballots.values());
	}

	public Ballot ballotOf(NationCode nation) {
		return ballots.get(nation);
	}

	/** The recorded outcome, or null until the proposal is decided. */
	public Outcome decided() {
		return decided;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	private void requireVoting(Actor actor, NationCode nation, Instant now) {
		if (!isOpenAt(now)) {
			throw new Conflict("deadline", "voting on this proposal closed at " + deadline + "; ballots can no longer be cast, changed or withdrawn");
		}
		if (!actor.actsFor(nation)) {
			throw new RuleViolation("nation", "own-nation", "a ballot for " + nation + " is cast by a liaison of " + nation + " only; "
					+ (actor.nation() == null ? "you act for no nation" : "you act for " + actor.nation()));
		}
		if (!electorate.includes(nation)) {
			throw new RuleViolation("nation", "electorate", nation + " is not in the electorate of this proposal");
		}
	}

	private void requireAccepted(BallotChoice choice) {
		if (choice == null || !rule.accepts(choice)) {
			throw new RuleViolation("choice", "allowed-by-rule", rule.kind() + " accepts only " + rule.choices() + " ballots, was: " + choice);
		}
	}

	private Ballot existingBallot(NationCode nation) {
		Ballot ballot = ballots.get(nation);
		if (ballot == null) {
			throw new NotFound("ballot of", nation + " on proposal " + id);
		}
		return ballot;
	}

	private static void requireLength(String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new RuleViolation(field, "length", field + " is 1 to " + max + " characters");
		}
	}
}
