package org.reassure.governance;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;

/**
 * Small builders for the domain tests: electorates, weight tables and ballots.
 */
final class Fixtures {

	static final Instant DEADLINE = Instant.parse("2026-03-01T12:00:00Z");
	static final Instant BEFORE = DEADLINE.minusSeconds(1);
	static final Instant AFTER = DEADLINE;

	private Fixtures() {
	}

	static NationCode nation(String code) {
		return new NationCode(code);
	}

	static Electorate electorate(String... codes) {
		return new Electorate(Arrays.stream(codes).map(NationCode::new).toList());
	}

	/** A code per index, so tests can build electorates of any size: NAA, NAB, ... */
	static NationCode numbered(int i) {
		return new NationCode("N" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
	}

	static Electorate numberedElectorate(int size) {
		return new Electorate(IntStream.range(0, size).mapToObj(Fixtures::numbered).toList());
	}

	/** A population table from alternating codes and weights: "FR", 68, "DE", 83. */
	static WeightTable weights(Object... codesAndWeights) {
		Map<NationCode, Long> weights = new LinkedHashMap<>();
		for (int i = 0; i < codesAndWeights.length; i += 2) {
			weights.put(new NationCode((String) codesAndWeights[i]), ((Number) codesAndWeights[i + 1]).longValue());
		}
		return table(weights);
	}

	static WeightTable table(Map<NationCode, Long> weights) {
		return new WeightTable(1, DEADLINE.minusSeconds(86_400 * 30), WeightBasis.POPULATION, "test population", Citation.publicRecord("test figures"),
				weights);
	}

	static WeightTable equalWeights(Electorate electorate) {
		Map<NationCode, Long> weights = new LinkedHashMap<>();
		electorate.nations().forEach(n -> weights.put(n, 1L));
		return table(weights);
	}

	static Ballot ballot(String code, BallotChoice choice) {
		return Ballot.of(new NationCode(code), choice);
	}

	static List<Ballot> ballots(Object... codesAndChoices) {
		return IntStream.iterate(0, i -> i < codesAndChoices.length, i -> i + 2)
			.mapToObj(i -> ballot((String) codesAndChoices[i], (BallotChoice) codesAndChoices[i + 1]))
			.toList();
	}

	static DecisionRule.QualifiedMajority eu() {
		return new DecisionRule.QualifiedMajority(Share.parse("55%"), Share.parse("65%"));
	}

	static DecisionRule.Unanimity art31() {
		return new DecisionRule.Unanimity(Share.ONE_THIRD, Share.ONE_THIRD);
	}
}
