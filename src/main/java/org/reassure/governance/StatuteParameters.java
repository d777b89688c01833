package org.reassure.governance;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.reassure.coalition.ParticipantKind;
import org.reassure.coalition.Standing;
import org.reassure.shared.RuleViolation;

/**
 * The figures the statutes fix: the default thresholds a proposal is opened with, and who votes
 * when the secretariat does not name an electorate.
 */
public record StatuteParameters(Share qualifiedMajorityMembers, Share qualifiedMajorityWeight, Share blockingMembers, Share blockingWeight,
		int optInMinimum, Set<ParticipantKind> electorateKinds, Set<Standing> electorateStandings) {

	public StatuteParameters {
		Objects.requireNonNull(qualifiedMajorityMembers, "qualifiedMajorityMembers");
		Objects.requireNonNull(qualifiedMajorityWeight, "qualifiedMajorityWeight");
		Objects.requireNonNull(blockingMembers, "blockingMembers");
		Objects.requireNonNull(blockingWeight, "blockingWeight");
		if (optInMinimum < 1) {
			throw new RuleViolation("parameters.optInMinimum", "range", "at least 1 participant must join an opt-in decision");
		}
		if (electorateKinds == null || electorateKinds.isEmpty() || electorateStandings == null || electorateStandings.isEmpty()) {
			throw new RuleViolation("parameters.electorate", "required", "the statutes say which kinds and standings of participant vote");
		}
		electorateKinds = Set.copyOf(electorateKinds);
		electorateStandings = Set.copyOf(electorateStandings);
	}

	/** The rule a proposal gets from {@code terms}, taking the statutes' figures for whatever the terms leave out. */
	public DecisionRule rule(RuleTerms terms) {
		return switch (terms.kind()) {
			case SILENCE_PROCEDURE -> {
				terms.refuseThresholds();
				terms.refuseMinimum();
				yield new DecisionRule.SilenceProcedure();
			}
			case UNANIMITY -> {
				terms.refuseThresholds();
				terms.refuseMinimum();
				yield new DecisionRule.Unanimity(blockingMembers, blockingWeight);
			}
			case QUALIFIED_MAJORITY -> {
				terms.refuseMinimum();
				yield new DecisionRule.QualifiedMajority(share("rule.memberThreshold", terms.memberThreshold(), qualifiedMajorityMembers),
						share("rule.weightThreshold", terms.weightThreshold(), qualifiedMajorityWeight));
			}
			case OPT_IN -> {
				terms.refuseThresholds();
				yield new DecisionRule.OptIn(terms.minimum() == null ? optInMinimum : terms.minimum());
			}
		};
	}

	/** The figures an article's text refers to as {name}, written for {@code locale}. */
	Map<String, String> placeholders(Locale locale) {
		return Map.of("qualifiedMajorityMembers", qualifiedMajorityMembers.percent(locale), "qualifiedMajorityWeight", qualifiedMajorityWeight.percent(locale),
				"blockingMembers", blockingMembers.percent(locale), "blockingWeight", blockingWeight.percent(locale), "optInMinimum",
				Integer.toString(optInMinimum));
	}

	private static Share share(String field, BigDecimal percent, Share fallback) {
		return percent == null ? fallback : Share.ofPercent(field, percent);
	}
}
