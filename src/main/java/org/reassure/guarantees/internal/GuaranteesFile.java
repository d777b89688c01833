package org.reassure.guarantees.internal;

import java.time.LocalDate;
import java.util.List;

import org.reassure.coalition.Citation;
import org.reassure.coalition.SourceId;
import org.reassure.guarantees.Declaration;
import org.reassure.guarantees.PeacePlan;
import org.reassure.guarantees.RatificationRoute;
import org.reassure.guarantees.RedLine;
import org.reassure.guarantees.RedLineReference;
import org.reassure.guarantees.SourcedNote;
import org.reassure.shared.NationCode;

/**
 * The built-in data file of the guarantee system ({@code src/main/resources/guarantees/guarantees.json}).
 * Each entry maps to a domain record, whose constructor validates it.
 */
public record GuaranteesFile(String version, List<DeclarationEntry> declarations, RatificationEntry ratification, List<RedLineEntry> redLines,
		List<PlanEntry> peacePlans) {

	public record CitationEntry(String source, String quote, String description) {
		public Citation toCitation() {
			return new Citation(new SourceId(source), quote, description);
		}
	}

	public record ComponentEntry(String code, List<CitationEntry> citations) {
	}

	public record SignatoryEntry(String nation, LocalDate signedOn, List<CitationEntry> citations) {
	}

	public record DeclarationEntry(String id, LocalDate date, String place, String titleEn, String titleFr, String summaryEn, String summaryFr,
			List<ComponentEntry> components, List<SignatoryEntry> signatories, String signatoriesNoteEn, String signatoriesNoteFr,
			List<CitationEntry> citations) {
		public Declaration toDeclaration() {
			return new Declaration(id, date, place, titleEn, titleFr, summaryEn, summaryFr,
					listed(components).stream().map(c -> new Declaration.CoveredComponent(c.code(), cite(c.citations()))).toList(),
					listed(signatories).stream().map(s -> new Declaration.Signatory(new NationCode(s.nation()), s.signedOn(), cite(s.citations()))).toList(),
					signatoriesNoteEn, signatoriesNoteFr, cite(citations));
		}
	}

	public record RouteEntry(String nation, boolean documented, Boolean parliamentVote, List<String> chambers, String note, List<CitationEntry> citations) {
		public RatificationRoute toRoute() {
			return new RatificationRoute(new NationCode(nation), documented, parliamentVote, chambers, note, cite(citations));
		}
	}

	public record RatificationEntry(String noteEn, String noteFr, List<CitationEntry> citations, List<RouteEntry> routes) {
		public SourcedNote toNote() {
			return new SourcedNote(noteEn, noteFr, cite(citations));
		}
	}

	public record RedLineEntry(RedLine line, String nameEn, String nameFr, List<CitationEntry> citations) {
		public RedLineReference toReference() {
			return new RedLineReference(line, nameEn, nameFr, cite(citations));
		}
	}

	public record ReportEntry(String party, String statementEn, String statementFr, List<CitationEntry> citations) {
	}

	public record PlanEntry(String id, String titleEn, String titleFr, List<String> parties, String pointsNoteEn, String pointsNoteFr,
			List<CitationEntry> citations, List<ReportEntry> reported) {
		public PeacePlan toPlan() {
			return new PeacePlan(id, titleEn, titleFr, listed(parties).stream().map(NationCode::new).toList(), pointsNoteEn, pointsNoteFr, cite(citations),
					List.of(), listed(reported).stream()
						.map(r -> new PeacePlan.ReportedProgress(new NationCode(r.party()), r.statementEn(), r.statementFr(), cite(r.citations())))
						.toList());
		}
	}

	public static List<Citation> cite(List<CitationEntry> entries) {
		return listed(entries).stream().map(CitationEntry::toCitation).toList();
	}

	private static <T> List<T> listed(List<T> entries) {
		return entries == null ? List.of() : entries;
	}
}
