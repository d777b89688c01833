package org.reassure.governance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * A weight table about to be loaded: one positive weight per participant code, and where the
 * figures come from. It becomes a numbered version when loaded.
 */
public record WeightTableDraft(WeightBasis basis, String title, Citation source, Map<NationCode, Long> weights) {

	public static final int MAX_TITLE_LENGTH = 200;
	/** Keeps every tally sum and threshold product far inside a long. */
	public static final long MAX_WEIGHT = 10_000_000_000L;

	public WeightTableDraft {
		if (basis == null) {
			throw new RuleViolation("basis", "required", "basis is POPULATION or CONTRIBUTION");
		}
		if (title == null || title.isBlank() || title.length() > MAX_TITLE_LENGTH) {
			throw new RuleViolation("title", "length", "a weight table's title is 1 to " + MAX_TITLE_LENGTH + " characters");
		}
		if (source == null) {
			throw new RuleViolation("source", "required", "a weight table cites where its figures come from");
		}
		if (weights == null || weights.isEmpty()) {
			throw new RuleViolation("weights", "required", "a weight table has at least one weight");
		}
		weights.forEach((nation, weight) -> {
			if (weight == null || weight <= 0 || weight > MAX_WEIGHT) {
				throw new RuleViolation("weights." + nation, "range", "a weight is more than 0 and at most " + MAX_WEIGHT + ", was: " + weight);
			}
		});
		weights = Map.copyOf(weights);
	}

	/** Reads the codes of a file or request, naming the offending key when one is not a participant code. */
	public static WeightTableDraft of(WeightBasis basis, String title, Citation source, Map<String, Long> weights) {
		Map<NationCode, Long> byNation = new LinkedHashMap<>();
		Objects.requireNonNullElse(weights, Map.<String, Long>of()).forEach((code, weight) -> {
			try {
				byNation.put(new NationCode(code), weight);
			}
			catch (RuleViolation e) {
				throw new RuleViolation("weights." + code, e.rule(), e.getMessage());
			}
		});
		return new WeightTableDraft(basis, title, source, byNation);
	}

	/** The weights in code order, as written to a file or the ledger. */
	public Map<String, Long> byCode() {
		Map<String, Long> sorted = new TreeMap<>();
		weights.forEach((nation, weight) -> sorted.put(nation.value(), weight));
		return sorted;
	}
}
