package org.reassure.governance;

import static org.reassure.governance.Figures.count;
import static org.reassure.governance.Figures.nations;
import static org.reassure.governance.Figures.bloc;
import static org.reassure.governance.Figures.members;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * How a proposal is decided, fixed when it is opened and never changed afterwards. Each rule says
 * which ballots it accepts and judges a {@link Count} in words and numbers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = DecisionRule.SilenceProcedure.class, name = "SILENCE_PROCEDURE"),
		@JsonSubTypes.Type(value = DecisionRule.Unanimity.class, name = "UNANIMITY"),
		@JsonSubTypes.Type(value = DecisionRule.QualifiedMajority.class, name = "QUALIFIED_MAJORITY"),
		@JsonSubTypes.Type(value = DecisionRule.OptIn.class, name = "OPT_IN") })
public sealed interface DecisionRule {

	/** The kinds of rule, with the ballots each accepts and whether it weighs them. */
	enum Kind {
		SILENCE_PROCEDURE(false, BallotChoice.OBJECT),
		UNANIMITY(true, BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN),
		QUALIFIED_MAJORITY(true, BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN),
		OPT_IN(false, BallotChoice.OPT_IN);

		private final boolean usesWeights;
		private final Set<BallotChoice> choices;

		Kind(boolean usesWeights, BallotChoice first, BallotChoice... rest) {
			this.usesWeights = usesWeights;
			this.choices = Collections.unmodifiableSet(EnumSet.of(first, rest));
		}
	}

	Kind kind();

	default Set<BallotChoice> choices() {
		return kind().choices;
	}

	/** Whether the rule needs a weight table (and so a weight for every member of the electorate). */
	default boolean usesWeights() {
		return kind().usesWeights;
	}

	Verdict judge(Count count);

	default boolean accepts(BallotChoice choice) {
		return choices().contains(choice);
	}

	/**
	 * Consensus by silence procedure, as NATO practises it: the proposal passes unless a member
	 * objects before the deadline. Only objections are cast; silence is consent.
	 */
	record SilenceProcedure() implements DecisionRule {

		@Override
		public Kind kind() {
			return Kind.SILENCE_PROCEDURE;
		}

		@Override
		public Verdict judge(Count count) {
			List<NationCode> objectors = count.nations(BallotChoice.OBJECT);
			if (objectors.isEmpty()) {
				return new Verdict(true, new Explanation("no objection among " + count(count.members(), "member", "members", Locale.ENGLISH) + " (silence procedure).",
						"aucune objection parmi " + count(count.members(), "membre", "membres", Locale.FRENCH) + " (procédure de silence)."), count.electorate());
			}
			String who = " (" + nations(objectors) + ").";
			return new Verdict(false, new Explanation("the silence was broken by " + count(objectors.size(), "objection", "objections", Locale.ENGLISH) + who,
					"le silence a été rompu par " + count(objectors.size(), "objection", "objections", Locale.FRENCH) + who), List.of());
		}
	}

	/**
	 * Unanimity with constructive abstention, after Art. 31(1) TEU: passes if nobody votes no and at
	 * least one votes yes. Abstaining does not block, unless those who abstain or do not vote reach
	 * both blocking shares (of members and of weight).
	 */
	record Unanimity(Share blockingMembers, Share blockingWeight) implements DecisionRule {

		public Unanimity {
			Objects.requireNonNull(blockingMembers, "blockingMembers");
			Objects.requireNonNull(blockingWeight, "blockingWeight");
		}

		@Override
		public Kind kind() {
			return Kind.UNANIMITY;
		}

		@Override
		public Verdict judge(Count count) {
			List<NationCode> against = count.nations(BallotChoice.NO);
			if (!against.isEmpty()) {
				return new Verdict(false, members(against.size(), "voted no", "a voté non", "ont voté non")
					.then(new Explanation(" (" + nations(against) + "); unanimity admits no vote against.", " (" + nations(against) + ") ; l'unanimité n'admet aucun vote contre.")),
						List.of());
			}
			int yes = count.members(BallotChoice.YES);
			if (yes == 0) {
				return new Verdict(false, new Explanation("nobody voted yes; unanimity needs at least one yes.", "personne n'a voté oui ; l'unanimité exige au moins un oui."),
						List.of());
			}
			long silent = count.members(BallotChoice.ABSTAIN) + (long) count.notVoted().size();
			long silentWeight = count.weight(BallotChoice.ABSTAIN) + count.notVotedWeight();
			Explanation abstainers = bloc(count, silent, blockingMembers, silentWeight, blockingWeight);
			if (blockingMembers.isMetBy(silent, count.members()) && blockingWeight.isMetBy(silentWeight, count.totalWeight())) {
				return new Verdict(false, new Explanation("abstentions and missing ballots reach the blocking minority: ",
						"les abstentions et bulletins manquants atteignent la minorité de blocage : ").then(abstainers).then(new Explanation(".", ".")), List.of());
			}
			return new Verdict(true, new Explanation("no vote against and " + yes + " yes; abstentions and missing ballots, ",
					"aucun vote contre et " + yes + " oui ; les abstentions et bulletins manquants, ")
				.then(abstainers)
				.then(new Explanation(", stay below the blocking minority.", ", restent sous la minorité de blocage.")), count.electorate());
		}
	}

	/**
	 * Qualified majority, after Art. 16(4) TEU: passes if the members voting yes reach a share of the
	 * electorate and a share of its weight. Abstentions and missing ballots count as not yes.
	 */
	record QualifiedMajority(Share members, Share weight) implements DecisionRule {

		public QualifiedMajority {
			Objects.requireNonNull(members, "members");
			Objects.requireNonNull(weight, "weight");
		}

		@Override
		public Kind kind() {
			return Kind.QUALIFIED_MAJORITY;
		}

		@Override
		public Verdict judge(Count count) {
			int yes = count.members(BallotChoice.YES);
			long yesWeight = count.weight(BallotChoice.YES);
			int no = count.members(BallotChoice.NO);
			int abstained = count.members(BallotChoice.ABSTAIN);
			int missing = count.notVoted().size();
			Explanation reason = bloc(count, yes, members, yesWeight, weight).then(new Explanation(
					" voted yes; " + no + " no, " + abstained + " abstained, " + missing + " did not vote.",
					" ont voté oui ; " + no + " non, " + count(abstained, "abstention", "abstentions", Locale.FRENCH) + ", " + missing + " sans vote."));
			boolean passes = members.isMetBy(yes, count.members()) && weight.isMetBy(yesWeight, count.totalWeight());
			return new Verdict(passes, reason, passes ? count.electorate() : List.of());
		}
	}

	/** Opt-in: binds only the members who join; passes when at least {@code minimum} of them join. */
	record OptIn(int minimum) implements DecisionRule {

		public OptIn {
			if (minimum < 1) {
				throw new RuleViolation("rule.minimum", "range", "an opt-in decision needs at least 1 participant to join, was: " + minimum);
			}
		}

		@Override
		public Kind kind() {
			return Kind.OPT_IN;
		}

		@Override
		public Verdict judge(Count count) {
			List<NationCode> joined = count.nations(BallotChoice.OPT_IN);
			Explanation opted = members(joined.size(), "opted in", "a rejoint", "ont rejoint")
				.then(joined.isEmpty() ? new Explanation("", "") : new Explanation(" (" + nations(joined) + ")", " (" + nations(joined) + ")"));
			if (joined.size() >= minimum) {
				return new Verdict(true, opted.then(new Explanation(", at least " + minimum + " needed; the decision binds only those who joined.",
						", au moins " + minimum + " requis ; la décision n'engage que ceux qui ont rejoint.")), joined);
			}
			return new Verdict(false, opted.then(new Explanation(", fewer than the minimum of " + minimum + "; nobody is bound.",
					", moins que le minimum requis (" + minimum + ") ; personne n'est engagé.")), List.of());
		}
	}
}
