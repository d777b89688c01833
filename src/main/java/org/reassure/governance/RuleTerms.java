package org.reassure.governance;

import java.math.BigDecimal;

import org.reassure.shared.RuleViolation;

/**
 * The decision rule the secretariat asks for when opening a proposal. Thresholds (percentages) apply
 * to qualified majority, {@code minimum} to opt-in; what is left out comes from the statutes.
 * {@code weightTable} picks a weight table version; by default the latest one.
 */
public record RuleTerms(DecisionRule.Kind kind, BigDecimal memberThreshold, BigDecimal weightThreshold, Integer minimum, Integer weightTable) {

	public RuleTerms {
		if (kind == null) {
			throw new RuleViolation("rule.kind", "required", "rule.kind is one of SILENCE_PROCEDURE, UNANIMITY, QUALIFIED_MAJORITY, OPT_IN");
		}
	}

	public static RuleTerms of(DecisionRule.Kind kind) {
		return new RuleTerms(kind, null, null, null, null);
	}

	void refuseThresholds() {
		if (memberThreshold != null) {
			throw new RuleViolation("rule.memberThreshold", "not-applicable", kind + " has no member threshold");
		}
		if (weightThreshold != null) {
			throw new RuleViolation("rule.weightThreshold", "not-applicable", kind + " has no weight threshold");
		}
	}

	void refuseMinimum() {
		if (minimum != null) {
			throw new RuleViolation("rule.minimum", "not-applicable", kind + " has no minimum number of participants joining");
		}
	}
}
