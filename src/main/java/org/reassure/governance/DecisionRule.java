package org.reassure.governance;

import static org.reassure.governance.Figures.count;
import static org.reassure.governance.Figures.nations;
import static org.reassure.governance.Figures.percent;
import static org.reassure.governance.Figures.singular;

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

	enum Kind {
		SILENCE_PROCEDURE, UNANIMITY, QUALIFIED_MAJORITY, OPT_IN
	}

	Kind kind();

	Set<BallotChoice> choices();

	/** Whether the rule needs a weight table (and so a weight for every member of the electorate). */
	boolean usesWeights();

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
		public Set<BallotChoice> choices() {
			return EnumSet.of(BallotChoice.OBJECT);
		}

		@Override
		public boolean usesWeights() {
			return false;
		}

		@Override
		public Verdict judge(Count count) {
			List<NationCode> objectors = count.nations(BallotChoice.OBJECT);
			if (objectors.isEmpty()) {
				return new Verdict(true, new Explanation("no objection among " + count(count.members(), "member", "members", Locale.ENGLISH) + " (silence procedure).",
						"aucune objection parmi " + count(count.members(), "membre", "membres", Locale.FRENCH) + " (procédure de silence)."), count.electorate());
			}
			return new Verdict(false, new Explanation("the silence was broken by " + count(objectors.size(), "objection", "objections", Locale.ENGLISH) + " (" + nations(objectors) + ").",
					"le silence a été rompu par " + count(objectors.size(), "objection", "objections", Locale.FRENCH) + " (" + nations(objectors) + ")."), List.of());
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
		public Set<BallotChoice> choices() {
			return EnumSet.of(BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN);
		}

		@Override
		public boolean usesWeights() {
			return true;
		}

		@Override
		public Verdict judge(Count count) {
			List<NationCode> against = count.nations(BallotChoice.NO);
			if (!against.isEmpty()) {
				return new Verdict(false, new Explanation(count(against.size(), "member", "members", Locale.ENGLISH) + " voted no (" + nations(against) + "); unanimity admits no vote against.",
						count(against.size(), "membre", "membres", Locale.FRENCH) + (singular(against.size(), Locale.FRENCH) ? " a" : " ont") + " voté non (" + nations(against)
								+ ") ; l'unanimité n'admet aucun vote contre."), List.of());
			}
			int yes = count.members(BallotChoice.YES);
			if (yes == 0) {
				return new Verdict(false, new Explanation("nobody voted yes; unanimity needs at least one yes.", "personne n'a voté oui ; l'unanimité exige au moins un oui."),
						List.of());
			}
			long silent = count.members(BallotChoice.ABSTAIN) + (long) count.notVoted().size();
			long silentWeight = count.weight(BallotChoice.ABSTAIN) + count.notVotedWeight();
			boolean membersBlock = blockingMembers.isMetBy(silent, count.members());
			boolean weightBlocks = blockingWeight.isMetBy(silentWeight, count.totalWeight());
			Explanation abstainers = new Explanation(
					silent + " of " + count.members() + " members (" + percent(silent, count.members(), Locale.ENGLISH) + " " + compare(membersBlock) + " "
							+ blockingMembers.percent(Locale.ENGLISH) + ") representing " + percent(silentWeight, count.totalWeight(), Locale.ENGLISH) + " "
							+ count.basis().ofWhole().en() + " (" + compare(weightBlocks) + " " + blockingWeight.percent(Locale.ENGLISH) + ")",
					silent + " des " + count.members() + " membres (" + percent(silent, count.members(), Locale.FRENCH) + " " + compare(membersBlock) + " "
							+ blockingMembers.percent(Locale.FRENCH) + ") représentant " + percent(silentWeight, count.totalWeight(), Locale.FRENCH) + " "
							+ count.basis().ofWhole().fr() + " (" + compare(weightBlocks) + " " + blockingWeight.percent(Locale.FRENCH) + ")");
			if (membersBlock && weightBlocks) {
				return new Verdict(false, new Explanation("abstentions and missing ballots reach the blocking minority: ", "les abstentions et bulletins manquants atteignent la minorité de blocage : ")
					.then(abstainers)
					.then(new Explanation(".", ".")), List.of());
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
		public Set<BallotChoice> choices() {
			return EnumSet.of(BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN);
		}

		@Override
		public boolean usesWeights() {
			return true;
		}

		@Override
		public Verdict judge(Count count) {
			int yes = count.members(BallotChoice.YES);
			long yesWeight = count.weight(BallotChoice.YES);
			boolean enoughMembers = members.isMetBy(yes, count.members());
			boolean enoughWeight = weight.isMetBy(yesWeight, count.totalWeight());
			int no = count.members(BallotChoice.NO);
			int abstained = count.members(BallotChoice.ABSTAIN);
			int missing = count.notVoted().size();
			Explanation reason = new Explanation(
					yes + " of " + count.members() + " members (" + percent(yes, count.members(), Locale.ENGLISH) + " " + compare(enoughMembers) + " "
							+ members.percent(Locale.ENGLISH) + ") representing " + percent(yesWeight, count.totalWeight(), Locale.ENGLISH) + " "
							+ count.basis().ofWhole().en() + " (" + compare(enoughWeight) + " " + weight.percent(Locale.ENGLISH) + ") voted yes; " + no + " no, "
							+ abstained + " abstained, " + missing + " did not vote.",
					yes + " des " + count.members() + " membres (" + percent(yes, count.members(), Locale.FRENCH) + " " + compare(enoughMembers) + " "
							+ members.percent(Locale.FRENCH) + ") représentant " + percent(yesWeight, count.totalWeight(), Locale.FRENCH) + " "
							+ count.basis().ofWhole().fr() + " (" + compare(enoughWeight) + " " + weight.percent(Locale.FRENCH) + ") ont voté oui ; " + no
							+ " non, " + count(abstained, "abstention", "abstentions", Locale.FRENCH) + ", " + missing + " sans vote.");
			boolean passes = enoughMembers && enoughWeight;
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
		public Set<BallotChoice> choices() {
			return EnumSet.of(BallotChoice.OPT_IN);
		}

		@Override
		public boolean usesWeights() {
			return false;
		}

		@Override
		public Verdict judge(Count count) {
			List<NationCode> joined = count.nations(BallotChoice.OPT_IN);
			String who = joined.isEmpty() ? "" : " (" + nations(joined) + ")";
			if (joined.size() >= minimum) {
				return new Verdict(true, new Explanation(count(joined.size(), "member", "members", Locale.ENGLISH) + " opted in" + who + ", at least " + minimum
						+ " needed; the decision binds only those who joined.", count(joined.size(), "membre", "membres", Locale.FRENCH) + (singular(joined.size(), Locale.FRENCH) ? " a" : " ont")
								+ " rejoint" + who + ", au moins " + minimum + " requis ; la décision n'engage que ceux qui ont rejoint."), joined);
			}
			return new Verdict(false, new Explanation(count(joined.size(), "member", "members", Locale.ENGLISH) + " opted in" + who + ", fewer than the minimum of " + minimum
					+ "; nobody is bound.", count(joined.size(), "membre", "membres", Locale.FRENCH) + (singular(joined.size(), Locale.FRENCH) ? " a" : " ont") + " rejoint" + who
							+ ", moins que le minimum requis (" + minimum + ") ; personne n'est engagé."), List.of());
		}
	}

	private static String compare(boolean reached) {
		return reached ? ">=" : "<";
	}
}
