package org.reassure.governance;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.reassure.governance.internal.StatutesVersions;
import org.reassure.governance.internal.WeightTables;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules in force: the versions of the statutes and of the weight table. A new version applies
 * to proposals opened after it is loaded; loading the same content again changes nothing.
 */
@Service
public class Rulebook {

	private final StatutesVersions statutes;
	private final WeightTables weightTables;
	private final Ledger ledger;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Rulebook(StatutesVersions statutes, WeightTables weightTables, Ledger ledger, ApplicationEventPublisher events, Clock clock) {
		this.statutes = statutes;
		this.weightTables = weightTables;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/** The statutes in force: the latest version. */
	public Statutes statutes() {
		return statutes.latest().orElseThrow(() -> new Conflict("statutes", "no statutes are in force yet"));
	}

	public Statutes statutes(int version) {
		return statutes.find(version).orElseThrow(() -> new NotFound("statutes version", version));
	}

	@Transactional
	public Loaded<Statutes> adopt(StatutesDocument document, Actor by) {
		String digest = statutes.digest(document);
		Optional<Statutes> known = statutes.withDigest(digest);
		if (known.isPresent()) {
			return new Loaded<>(known.get(), false);
		}
		Statutes adopted = statutes.add(document, digest, by, clock.instant().truncatedTo(ChronoUnit.MILLIS));
		StatutesAdopted event = new StatutesAdopted(adopted.version(), document.titleEn(), digest);
		ledger.record(LedgerEntry.of(by, "governance.statutes.adopted", event));
		events.publishEvent(event);
		return new Loaded<>(adopted, true);
	}

	/** The latest weight table, if any was loaded. */
	public Optional<WeightTable> weightTable() {
		return weightTables.latestVersion().flatMap(weightTables::find);
	}

	public WeightTable weightTable(int version) {
		return weightTables.find(version).orElseThrow(() -> new NotFound("weight table version", version));
	}

	public List<WeightTable> weightTables() {
		return weightTables.all();
	}

	@Transactional
	public Loaded<WeightTable> load(WeightTableDraft draft, Actor by) {
		String digest = weightTables.digest(draft);
		Optional<WeightTable> known = weightTables.withDigest(digest);
		if (known.isPresent()) {
			return new Loaded<>(known.get(), false);
		}
		WeightTable table = weightTables.add(draft, digest, by, clock.instant().truncatedTo(ChronoUnit.MILLIS));
		WeightTableLoaded event = new WeightTableLoaded(table.version(), table.basis(), table.title(), table.source(), draft.byCode());
		ledger.record(LedgerEntry.of(by, "governance.weights.loaded", event));
		events.publishEvent(event);
		return new Loaded<>(table, true);
	}
}
