package org.reassure.guarantees;

import java.util.List;
import java.util.regex.Pattern;

import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;

/**
 * A peace plan under negotiation: its parties, its points and what the parties have said about
 * its progress. The share agreed is computed from the points' statuses; what a party reported is
 * kept beside it, with its source, never merged into it. The note says what the sources leave out.
 */
public record PeacePlan(String id, String titleEn, String titleFr, List<NationCode> parties, String noteEn, String noteFr, List<Citation> citations,
		List<PlanPoint> points, List<ReportedProgress> reported) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	/** A party's own statement of how far the plan is agreed, as a source quotes it. */
	public record ReportedProgress(NationCode party, String statementEn, String statementFr, List<Citation> citations) {

		public ReportedProgress {
			if (statementEn == null || statementEn.isBlank() || statementFr == null || statementFr.isBlank()) {
				throw new RuleViolation("reported.statementEn", "required", "a reported figure is stated in English and French");
			}
			if (citations == null || citations.isEmpty()) {
				throw new RuleViolation("reported.citations", "sourced", "a reported figure cites its source");
			}
			citations = List.copyOf(citations);
		}
	}

	public PeacePlan {
		if (id == null || !ID.matcher(id).matches()) {
			throw new RuleViolation("id", "format", "a plan id is 1-100 lower-case letters, digits or '-'");
		}
		if (titleEn == null || titleEn.isBlank() || titleFr == null || titleFr.isBlank()) {
			throw new RuleViolation("titleEn", "required", "a plan has a title in English and French");
		}
		if (parties == null || parties.isEmpty()) {
			throw new RuleViolation("parties", "required", "a plan has parties");
		}
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation("citations", "sourced", "a plan cites the source that names it");
		}
		parties = List.copyOf(parties);
		citations = List.copyOf(citations);
		points = points == null ? List.of() : List.copyOf(points);
		reported = reported == null ? List.of() : List.copyOf(reported);
	}

	/** The whole-number percentage of points agreed (rounded down, never overstating), or null while the plan has no point. */
	public Integer agreedPercent() {
		if (points.isEmpty()) {
			return null;
		}
		long agreed = points.stream().filter(p -> p.status() == PlanPoint.Status.AGREED).count();
		return (int) (agreed * 100 / points.size());
	}

	public List<PlanPoint> pointsCrossingRedLines() {
		return points.stream().filter(PlanPoint::crossesARedLine).toList();
	}

	public PlanPoint point(int number) {
		return points.stream().filter(p -> p.number() == number).findFirst()
			.orElseThrow(() -> new NotFound("point", number));
	}

	public void requireParty(NationCode party) {
		if (!parties.contains(party)) {
			throw new RuleViolation("party", "known", "the parties to this plan are " + parties + ", not " + party);
		}
	}

	public int nextPointNumber() {
		return points.stream().mapToInt(PlanPoint::number).max().orElse(0) + 1;
	}
}
