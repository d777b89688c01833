package org.reassure.guarantees;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.reassure.coalition.Citation;
import org.reassure.shared.NationCode;
import org.reassure.shared.RuleViolation;

/**
 * A declaration the guarantee system rests on (the Paris Declaration, the declaration of intent on
 * the Multinational Force, ...): when and where, what it says, which components it covers and who
 * signed it, each fact with its citations. Where the sources do not list the signatories, the
 * declaration says so in {@code signatoriesNoteEn}/{@code Fr} instead of guessing.
 */
public record Declaration(String id, LocalDate date, String place, String titleEn, String titleFr, String summaryEn, String summaryFr,
		List<CoveredComponent> components, List<Signatory> signatories, String signatoriesNoteEn, String signatoriesNoteFr, List<Citation> citations) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
	public static final int MAX_TEXT_LENGTH = 2000;

	/** A guarantee component the declaration covers, and where that is said. */
	public record CoveredComponent(String code, List<Citation> citations) {

		public CoveredComponent {
			if (code == null || code.isBlank()) {
				throw new RuleViolation("components.code", "required", "name the component covered");
			}
			citations = sourced("components.citations", citations);
		}
	}

	/** A signatory, its signing date when a source gives one, and where that is said. */
	public record Signatory(NationCode nation, LocalDate signedOn, List<Citation> citations) {

		public Signatory {
			if (nation == null) {
				throw new RuleViolation("signatories.nation", "required", "name the signatory");
			}
			citations = sourced("signatories.citations", citations);
		}
	}

	public Declaration {
		if (id == null || !ID.matcher(id).matches()) {
			throw new RuleViolation("id", "format", "a declaration id is 1-100 lower-case letters, digits or '-'");
		}
		if (date == null) {
			throw new RuleViolation("date", "required", "a declaration has a date");
		}
		text("place", place, 200);
		text("titleEn", titleEn, 300);
		text("titleFr", titleFr, 300);
		text("summaryEn", summaryEn, MAX_TEXT_LENGTH);
		text("summaryFr", summaryFr, MAX_TEXT_LENGTH);
		components = components == null ? List.of() : List.copyOf(components);
		signatories = signatories == null ? List.of() : List.copyOf(signatories);
		if (signatories.isEmpty() && (signatoriesNoteEn == null || signatoriesNoteEn.isBlank() || signatoriesNoteFr == null || signatoriesNoteFr.isBlank())) {
			throw new RuleViolation("signatoriesNoteEn", "required", "when no signatory is listed, say in English and French what the sources say about them");
		}
		if (components.stream().map(CoveredComponent::code).distinct().count() != components.size()) {
			throw new RuleViolation("components", "unique", "each component is listed once");
		}
		if (signatories.stream().map(Signatory::nation).distinct().count() != signatories.size()) {
			throw new RuleViolation("signatories", "unique", "each signatory is listed once");
		}
		citations = sourced("citations", citations);
	}

	private static List<Citation> sourced(String field, List<Citation> citations) {
		if (citations == null || citations.isEmpty()) {
			throw new RuleViolation(field, "sourced", "every fact of a declaration cites at least one source");
		}
		return List.copyOf(citations);
	}

	private static void text(String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new RuleViolation(field, "length", field + " is 1 to " + max + " characters");
		}
	}
}
