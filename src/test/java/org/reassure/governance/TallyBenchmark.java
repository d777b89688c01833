package org.reassure.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;

/**
 * The tally of one proposal over 60 participants, every one of whom has voted, for each decision
 * rule: counting, judging and writing the explanation in English and French. The target is at
 * most 1 ms per tally. Timed per call ({@link Mode#SampleTime}), so JMH reports p50/p99 in
 * microseconds. Surefire skips this class (its name holds "Benchmark"). Run it from the project
 * root with:
 *
 * <pre>{@code
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.reassure.governance.TallyBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class TallyBenchmark {

	static final int PARTICIPANTS = 60;
	static final Instant DEADLINE = Instant.parse("2026-03-01T12:00:00Z");

	@Param({ "QUALIFIED_MAJORITY", "UNANIMITY", "SILENCE_PROCEDURE", "OPT_IN" })
	public DecisionRule.Kind kind;

	DecisionRule rule;
	Electorate electorate;
	WeightTable weights;
	List<Ballot> ballots;

	@Setup
	public void vote() {
		SplittableRandom random = new SplittableRandom(60);
		List<NationCode> nations = new ArrayList<>();
		Map<NationCode, Long> population = new LinkedHashMap<>();
		for (int i = 0; i < PARTICIPANTS; i++) {
			NationCode nation = new NationCode("N" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
			nations.add(nation);
			population.put(nation, 500_000L + random.nextLong(120_000_000L));
		}
		electorate = new Electorate(nations);
		weights = new WeightTable(1, DEADLINE.minusSeconds(86_400), WeightBasis.POPULATION, "benchmark", Citation.publicRecord("benchmark"),
				population);
		rule = switch (kind) {
			case QUALIFIED_MAJORITY -> new DecisionRule.QualifiedMajority(Share.parse("55%"), Share.parse("65%"));
			case UNANIMITY -> new DecisionRule.Unanimity(Share.ONE_THIRD, Share.ONE_THIRD);
			case SILENCE_PROCEDURE -> new DecisionRule.SilenceProcedure();
			case OPT_IN -> new DecisionRule.OptIn(1);
		};
		List<BallotChoice> choices = List.copyOf(rule.choices());
		ballots = nations.stream().map(n -> Ballot.of(n, choices.get(random.nextInt(choices.size())))).toList();
	}

	@Benchmark
	public Tally tally() {
		return Tally.of(rule, electorate, weights, ballots, DEADLINE, DEADLINE);
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(TallyBenchmark.class.getSimpleName()).build()).run();
	}
}
