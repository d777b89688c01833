package org.reassure.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;

/**
 * A loaded version of the weights used by qualified majority and constructive abstention. Versions
 * never change; a proposal keeps the version it was opened with.
 */
public record WeightTable(int version, Instant loadedAt, WeightBasis basis, String title, Citation source, Map<NationCode, Long> weights) {

	public WeightTable {
		weights = Map.copyOf(weights);
	}

	public static WeightTable of(int version, Instant loadedAt, WeightTableDraft draft) {
		return new WeightTable(version, loadedAt, draft.basis(), draft.title(), draft.source(), draft.weights());
	}

	/** The participants of the electorate this table has no weight for. */
	public List<NationCode> missing(Electorate electorate) {
		return electorate.nations().stream().filter(n -> !weights.containsKey(n)).toList();
	}

	public long weightOf(NationCode nation) {
		Long weight = weights.get(nation);
		if (weight == null) {
			throw new IllegalArgumentException("weight table " + version + " has no weight for " + nation);
		}
		return weight;
	}
}
