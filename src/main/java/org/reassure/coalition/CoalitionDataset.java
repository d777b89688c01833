package org.reassure.coalition;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.reassure.coalition.internal.Claims;
import org.reassure.coalition.internal.DatasetFile;
import org.reassure.coalition.internal.DatasetImports;
import org.reassure.coalition.internal.HeadquartersRotation;
import org.reassure.coalition.internal.Meetings;
import org.reassure.coalition.internal.Participants;
import org.reassure.coalition.internal.ReferenceData;
import org.reassure.coalition.internal.Revisions;
import org.reassure.coalition.internal.Sources;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.JsonField;
import org.reassure.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Imports and exports whole data set files. An import adds what is new, skips what is already
 * there unchanged, and refuses (changing nothing) when the file contradicts a stored item: a
 * stored fact is corrected by a new claim, never overwritten.
 */
@Service
public class CoalitionDataset {

	private final Participants participants;
	private final Claims claims;
	private final Meetings meetings;
	private final HeadquartersRotation headquarters;
	private final ReferenceData reference;
	private final Sources sources;
	private final DatasetImports imports;
	private final Ledger ledger;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final Clock clock;
	private final Revisions revisions;

	CoalitionDataset(Participants participants, Claims claims, Meetings meetings, HeadquartersRotation headquarters, ReferenceData reference,
			Sources sources, DatasetImports imports, Ledger ledger, ApplicationEventPublisher events, JsonMapper json, Clock clock, Revisions revisions) {
		this.revisions = revisions;
		this.participants = participants;
		this.claims = claims;
		this.meetings = meetings;
		this.headquarters = headquarters;
		this.reference = reference;
		this.sources = sources;
		this.imports = imports;
		this.ledger = ledger;
		this.events = events;
		this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.clock = clock;
	}

	@Transactional
	public ImportResult importFile(byte[] content, Actor actor) {
		String sha256 = sha256(content);
		// The same bytes were parsed and imported before: a start with a loaded data set reads one row, not the file.
		Optional<String> imported = imports.versionOf(sha256);
		if (imported.isPresent()) {
			return new ImportResult(imported.get(), sha256, 0, 0, true);
		}
		DatasetFile file = parse(content);
		Tally tally = new Tally();
		each("sources", file.sources(), DatasetFile.SourceEntry::toSource, s -> tally.add(sources.all().stream().filter(x -> x.id().equals(s.id())).findFirst().orElse(null), s, () -> sources.add(s), s.id()));
		each("participants", file.participants(), DatasetFile.ParticipantEntry::toParticipant, p -> tally.add(participants.find(p.code()).orElse(null), p, () -> participants.add(p), p.code()));
		each("claims", file.claims(), DatasetFile.ClaimEntry::toClaim, c -> tally.add(claims.find(c.id()).orElse(null), c, () -> claims.add(c, actor, clock.millis()), c.id()));
		each("meetings", file.meetings(), DatasetFile.MeetingEntry::toMeeting, m -> tally.add(meetings.find(m.id()).orElse(null), m, () -> meetings.add(m), m.id()));
		Map<String, Headquarters> seats = headquarters.all().stream().collect(Collectors.toMap(Headquarters::id, h -> h));
		each("headquarters", file.headquarters(), DatasetFile.HeadquartersEntry::toHeadquarters, h -> tally.add(seats.get(h.id()), h, () -> headquarters.add(h), h.id()));
		importReference(file.reference(), tally);
		imports.add(file.version(), sha256, clock.millis(), actor.user());
		revisions.bump();
		ledger.record(new LedgerEntry(actor, "coalition.dataset.imported", Map.of("version", file.version(), "added", tally.added), sha256));
		events.publishEvent(new DatasetImported(file.version(), sha256, tally.added));
		return new ImportResult(file.version(), sha256, tally.added, tally.unchanged, false);
	}

	public String exportJson() {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(export("export-" + clock.instant()));
	}

	/** The claims, one row per citation, for spreadsheets. */
	public String exportCsv() {
		CsvSchema schema = CsvSchema.builder()
			.addColumn("claim").addColumn("subject").addColumn("predicate").addColumn("value").addColumn("confidence")
			.addColumn("source").addColumn("quote").addColumn("description")
			.build()
			.withHeader();
		List<List<String>> rows = claims.all().stream().flatMap(c -> c.citations().stream().map(cite -> java.util.Arrays.asList(c.id().value(),
				c.subject(), c.predicate().name(), c.value(), c.confidence().name(), cite.source().value(), cite.quote(), cite.description()))).toList();
		return new CsvMapper().writer(schema).writeValueAsString(rows);
	}

	DatasetFile export(String version) {
		List<ReferenceItem> items = reference.all();
		return new DatasetFile(version, sources.all().stream().map(DatasetFile.SourceEntry::of).toList(),
				participants.all().stream().map(DatasetFile.ParticipantEntry::of).toList(),
				claims.all().stream().map(DatasetFile.ClaimEntry::of).toList(), meetings.all().stream().map(DatasetFile.MeetingEntry::of).toList(),
				headquarters.all().stream().map(DatasetFile.HeadquartersEntry::of).toList(),
				new DatasetFile.ReferenceEntries(referenceOf(items, ReferenceItem.Category.FOUNDING_COMMITMENT),
						referenceOf(items, ReferenceItem.Category.FORCE_OBJECTIVE), referenceOf(items, ReferenceItem.Category.GUARANTEE_COMPONENT)));
	}

	private void importReference(DatasetFile.ReferenceEntries entries, Tally tally) {
		if (entries == null) {
			return;
		}
		Map<String, ReferenceItem> stored = reference.all().stream().collect(Collectors.toMap(r -> r.category() + ":" + r.code(), r -> r));
		importCategory("reference.foundingCommitments", entries.foundingCommitments(), ReferenceItem.Category.FOUNDING_COMMITMENT, stored, tally);
		importCategory("reference.forceObjectives", entries.forceObjectives(), ReferenceItem.Category.FORCE_OBJECTIVE, stored, tally);
		importCategory("reference.guaranteeComponents", entries.guaranteeComponents(), ReferenceItem.Category.GUARANTEE_COMPONENT, stored, tally);
	}

	private void importCategory(String field, List<DatasetFile.ReferenceEntry> entries, ReferenceItem.Category category,
			Map<String, ReferenceItem> stored, Tally tally) {
		if (entries == null) {
			return;
		}
		for (int i = 0; i < entries.size(); i++) {
			int position = i + 1;
			ReferenceItem item = located(field, i, () -> entries.get(position - 1).toItem(category, position));
			tally.add(stored.get(category + ":" + item.code()), item, () -> reference.add(item), item.code());
		}
	}

	private static List<DatasetFile.ReferenceEntry> referenceOf(List<ReferenceItem> items, ReferenceItem.Category category) {
		return items.stream().filter(r -> r.category() == category).map(DatasetFile.ReferenceEntry::of).toList();
	}

	private DatasetFile parse(byte[] content) {
		try {
			DatasetFile file = json.readValue(content, DatasetFile.class);
			if (file.version() == null || file.version().isBlank() || file.version().length() > 40) {
				throw new RuleViolation("version", "required", "a data set file names its version (1 to 40 characters)");
			}
			return file;
		}
		catch (JacksonException e) {
			throw new RuleViolation(JsonField.of(e), "json", e.getOriginalMessage());
		}
	}

	private static <E, T> void each(String field, List<E> entries, Function<E, T> mapping, Consumer<T> store) {
		if (entries == null) {
			return;
		}
		for (int i = 0; i < entries.size(); i++) {
			E entry = entries.get(i);
			store.accept(located(field, i, () -> mapping.apply(entry)));
		}
	}

	private static <T> T located(String field, int index, Supplier<T> mapping) {
		try {
			return mapping.get();
		}
		catch (RuleViolation e) {
			throw new RuleViolation(field + "[" + index + "]." + e.field(), e.rule(), e.getMessage());
		}
		catch (NullPointerException e) {
			throw new RuleViolation(field + "[" + index + "]." + e.getMessage(), "required", "a required value is missing");
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** Counts what an import adds and what it finds already there. */
	private static final class Tally {

		int added;
		int unchanged;

		<T> void add(T stored, T incoming, Runnable insert, Object id) {
			if (stored == null) {
				insert.run();
				added++;
			}
			else if (Objects.equals(stored, incoming)) {
				unchanged++;
			}
			else {
				throw new Conflict("id", "'" + id + "' is already stored with other content; record a new claim instead of changing a stored fact");
			}
		}
	}
}
