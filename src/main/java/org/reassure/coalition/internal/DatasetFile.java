package org.reassure.coalition.internal;

import java.time.LocalDate;
import java.util.List;

import org.reassure.coalition.Citation;
import org.reassure.coalition.Claim;
import org.reassure.coalition.ClaimId;
import org.reassure.coalition.Confidence;
import org.reassure.coalition.Guest;
import org.reassure.coalition.Headquarters;
import org.reassure.coalition.Meeting;
import org.reassure.coalition.MeetingFormat;
import org.reassure.coalition.MeetingLevel;
import org.reassure.coalition.Participant;
import org.reassure.coalition.ParticipantKind;
import org.reassure.coalition.Predicate;
import org.reassure.coalition.ReferenceItem;
import org.reassure.coalition.Source;
import org.reassure.coalition.SourceId;
import org.reassure.shared.NationCode;

/**
 * The data set file format (src/main/resources/dataset/coalition.json, and what {@code import}
 * reads and {@code export --format json} writes). Each part maps to a domain record, whose
 * constructor validates it.
 */
public record DatasetFile(String version, List<SourceEntry> sources, List<ParticipantEntry> participants, List<ClaimEntry> claims,
		List<MeetingEntry> meetings, List<HeadquartersEntry> headquarters, ReferenceEntries reference) {

	public record CitationEntry(String source, String quote, String description) {
		public Citation toCitation() {
			return new Citation(new SourceId(source), quote, description);
		}

		public static CitationEntry of(Citation c) {
			return new CitationEntry(c.source().value(), c.quote(), c.description());
		}
	}

	public record SourceEntry(String id, String title, String publisher, String published, String language, String summary) {
		public Source toSource() {
			return new Source(new SourceId(id), title == null ? id : title, publisher, published, language, summary);
		}

		public static SourceEntry of(Source s) {
			return new SourceEntry(s.id().value(), s.title(), s.publisher(), s.published(), s.language(), s.summary());
		}
	}

	public record ParticipantEntry(String code, String iso3, String isoNumeric, ParticipantKind kind, String nameEn, String nameFr, Boolean eu,
			Boolean nato) {
		public Participant toParticipant() {
			return new Participant(new NationCode(code), iso3, isoNumeric, kind, nameEn, nameFr, Boolean.TRUE.equals(eu), Boolean.TRUE.equals(nato));
		}

		public static ParticipantEntry of(Participant p) {
			return new ParticipantEntry(p.code().value(), p.iso3(), p.isoNumeric(), p.kind(), p.nameEn(), p.nameFr(), p.eu(), p.nato());
		}
	}

	public record ClaimEntry(String id, String subject, Predicate predicate, String value, Confidence confidence, List<CitationEntry> citations) {
		public Claim toClaim() {
			return new Claim(new ClaimId(id), subject, predicate, value, confidence, toCitations(citations));
		}

		public static ClaimEntry of(Claim c) {
			return new ClaimEntry(c.id().value(), c.subject(), c.predicate(), c.value(), c.confidence(), entries(c.citations()));
		}
	}

	public record MeetingEntry(String id, LocalDate date, String dateText, String place, MeetingFormat format, MeetingLevel level, String kind,
			List<String> convenors, List<String> attendees, List<Guest> guests, String outcomeEn, String outcomeFr, List<CitationEntry> citations) {
		public Meeting toMeeting() {
			return new Meeting(id, date, dateText, place, format, level, kind, convenors, attendees, guests, outcomeEn, outcomeFr, toCitations(citations));
		}

		public static MeetingEntry of(Meeting m) {
			return new MeetingEntry(m.id(), m.date(), m.dateText(), m.place(), m.format(), m.level(), m.kind(), m.convenors(), m.attendees(), m.guests(),
					m.outcomeEn(), m.outcomeFr(), entries(m.citations()));
		}
	}

	public record HeadquartersEntry(String id, String city, String host, LocalDate from, LocalDate until, Integer rotationMonths, Integer order,
			String noteEn, String noteFr, List<CitationEntry> citations) {
		public Headquarters toHeadquarters() {
			return new Headquarters(id, city, host, from, until, rotationMonths, order, noteEn, noteFr, toCitations(citations));
		}

		public static HeadquartersEntry of(Headquarters h) {
			return new HeadquartersEntry(h.id(), h.city(), h.host(), h.from(), h.until(), h.rotationMonths(), h.order(), h.noteEn(), h.noteFr(),
					entries(h.citations()));
		}
	}

	public record ReferenceEntry(String code, Integer number, String nameEn, String nameFr, String descriptionEn, String descriptionFr,
			List<CitationEntry> citations) {
		public ReferenceItem toItem(ReferenceItem.Category category, int position) {
			return new ReferenceItem(category, code, number == null ? position : number, nameEn, nameFr, descriptionEn, descriptionFr,
					toCitations(citations));
		}

		public static ReferenceEntry of(ReferenceItem r) {
			return new ReferenceEntry(r.code(), r.number(), r.nameEn(), r.nameFr(), r.descriptionEn(), r.descriptionFr(), entries(r.citations()));
		}
	}

	public record ReferenceEntries(List<ReferenceEntry> foundingCommitments, List<ReferenceEntry> forceObjectives,
			List<ReferenceEntry> guaranteeComponents) {
	}

	private static List<Citation> toCitations(List<CitationEntry> entries) {
		return entries == null ? List.of() : entries.stream().map(CitationEntry::toCitation).toList();
	}

	private static List<CitationEntry> entries(List<Citation> citations) {
		return citations.stream().map(CitationEntry::of).toList();
	}
}
