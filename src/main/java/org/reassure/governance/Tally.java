package org.reassure.governance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.reassure.shared.NationCode;

/**
 * The result of a proposal at a moment: a pure function of its rule, electorate, weights, ballots
 * and deadline. Before the deadline every outcome is PENDING, because ballots may still change;
 * {@code provisional} says what it would be if the deadline were now.
 *
 * @param bound who the decision binds if it passes (the whole electorate, or for opt-in only those who joined)
 */
public record Tally(Outcome outcome, Outcome provisional, Explanation explanation, Count count, List<NationCode> bound, boolean closed) {

	private static final Explanation PASSED = new Explanation("Passed: ", "Adoptée : ");
	private static final Explanation FAILED = new Explanation("Failed: ", "Rejetée : ");
	private static final Explanation WOULD_PASS = new Explanation("Pending, would pass if the deadline were now: ",
			"En cours, serait adoptée si l'échéance était maintenant : ");
	private static final Explanation WOULD_FAIL = new Explanation("Pending, would fail if the deadline were now: ",
			"En cours, serait rejetée si l'échéance était maintenant : ");

	public Tally {
		bound = List.copyOf(bound);
	}

	/**
	 * Tallies {@code ballots} at {@code now}. {@code weights} may be null for rules that do not weigh
	 * members; ballots must come from the electorate, one per nation, with choices the rule accepts.
	 */
	public static Tally of(DecisionRule rule, Electorate electorate, WeightTable weights, Collection<Ballot> ballots, Instant deadline, Instant now) {
		Objects.requireNonNull(rule, "rule");
		if (rule.usesWeights() && weights == null) {
			throw new IllegalArgumentException(rule.kind() + " needs a weight table");
		}
		ballots.stream().filter(b -> !rule.accepts(b.choice())).findFirst().ifPresent(b -> {
			throw new IllegalArgumentException(rule.kind() + " does not accept " + b.choice());
		});
		Count count = Count.of(electorate, rule.usesWeights() ? weights : null, ballots);
		Verdict verdict = rule.judge(count);
		boolean closed = !now.isBefore(deadline);
		Outcome provisional = verdict.passes() ? Outcome.PASSED : Outcome.FAILED;
		Explanation opening = closed ? (verdict.passes() ? PASSED : FAILED) : (verdict.passes() ? WOULD_PASS : WOULD_FAIL);
		return new Tally(closed ? provisional : Outcome.PENDING, provisional, opening.then(verdict.reason()), count,
				verdict.passes() ? verdict.bound() : List.of(), closed);
	}
}
