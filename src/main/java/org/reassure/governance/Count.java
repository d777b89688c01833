package org.reassure.governance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reassure.shared.NationCode;

/**
 * The ballots of a proposal counted against its electorate: who chose what, who did not vote, and
 * the weight behind each choice when the rule weighs members. Nations are listed in electorate
 * order, whatever the order of the ballots.
 */
public record Count(List<NationCode> electorate, Map<BallotChoice, List<NationCode>> byChoice, List<NationCode> notVoted, WeightBasis basis,
		Map<BallotChoice, Long> weightByChoice, long notVotedWeight, long totalWeight) {

	/** Counts {@code ballots}; {@code weights} is null when the rule does not weigh members. */
	public static Count of(Electorate electorate, WeightTable weights, Collection<Ballot> ballots) {
		Map<NationCode, BallotChoice> choices = new HashMap<>();
		for (Ballot ballot : ballots) {
			if (!electorate.includes(ballot.nation())) {
				throw new IllegalArgumentException(ballot.nation() + " is not in the electorate");
			}
			if (choices.put(ballot.nation(), ballot.choice()) != null) {
				throw new IllegalArgumentException(ballot.nation() + " has two ballots");
			}
		}
		Map<BallotChoice, List<NationCode>> byChoice = new EnumMap<>(BallotChoice.class);
		Map<BallotChoice, Long> weightByChoice = new EnumMap<>(BallotChoice.class);
		for (BallotChoice choice : BallotChoice.values()) {
			byChoice.put(choice, new ArrayList<>());
			weightByChoice.put(choice, 0L);
		}
		List<NationCode> notVoted = new ArrayList<>();
		long notVotedWeight = 0;
		long total = 0;
		for (NationCode nation : electorate.nations()) {
			long weight = weights == null ? 0 : weights.weightOf(nation);
			total += weight;
			BallotChoice choice = choices.get(nation);
			if (choice == null) {
				notVoted.add(nation);
				notVotedWeight += weight;
			}
			else {
				byChoice.get(choice).add(nation);
				weightByChoice.merge(choice, weight, Long::sum);
			}
		}
		byChoice.replaceAll((choice, nations) -> Collections.unmodifiableList(nations));
		return new Count(electorate.nations(), Collections.unmodifiableMap(byChoice), Collections.unmodifiableList(notVoted),
				weights == null ? null : weights.basis(), Collections.unmodifiableMap(weightByChoice), notVotedWeight, total);
	}

	public int members() {
		return electorate.size();
	}

	public List<NationCode> nations(BallotChoice choice) {
		return byChoice.get(choice);
	}

	public int members(BallotChoice choice) {
		return byChoice.get(choice).size();
	}

	public long weight(BallotChoice choice) {
		return weightByChoice.get(choice);
	}
}
