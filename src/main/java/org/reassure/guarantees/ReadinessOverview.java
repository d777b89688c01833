package org.reassure.guarantees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.reassure.shared.NationCode;

/**
 * If a ceasefire were declared on {@code asOf}: how many commitments are legally ready and how many
 * still wait for an approval, per nation and component, with the personnel and money they carry.
 */
public record ReadinessOverview(LocalDate asOf, List<String> components, List<NationRow> nations, Map<String, Tally> byComponent, Tally total) {

	/** Commitments that are ready and those still pending, with what they add up to. */
	public record Tally(Totals ready, Totals pending) {
	}

	/** A number of commitments, the personnel they offer and their money per ISO 4217 currency. */
	public record Totals(int commitments, long personnel, SortedMap<String, BigDecimal> money) {
	}

	/** One nation's line: its tally per component and overall. */
	public record NationRow(NationCode nation, Map<String, Tally> byComponent, Tally total) {
	}

	public static ReadinessOverview of(LocalDate day, List<String> components, List<Commitment> commitments,
			Function<NationCode, RatificationRoute> routes) {
		Map<NationCode, Map<String, Counter>> cells = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
		Map<String, Counter> columns = new LinkedHashMap<>();
		components.forEach(c -> columns.put(c, new Counter()));
		Counter all = new Counter();
		for (Commitment commitment : commitments) {
			CommitmentTerms terms = commitment.terms();
			Readiness readiness = commitment.readiness(routes.apply(terms.nation()), day);
			Map<String, Counter> row = cells.computeIfAbsent(terms.nation(), n -> new LinkedHashMap<>());
			row.computeIfAbsent(terms.component(), c -> new Counter()).add(readiness, terms.measure());
			columns.computeIfAbsent(terms.component(), c -> new Counter()).add(readiness, terms.measure());
			all.add(readiness, terms.measure());
		}
		List<NationRow> rows = cells.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
		return new ReadinessOverview(day, List.copyOf(columns.keySet()), rows, freeze(columns), all.tally());
	}

	private static NationRow row(NationCode nation, Map<String, Counter> cells) {
		Counter total = new Counter();
		cells.values().forEach(total::merge);
		return new NationRow(nation, freeze(cells), total.tally());
	}

	private static Map<String, Tally> freeze(Map<String, Counter> counters) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		counters.forEach((k, v) -> tallies.put(k, v.tally()));
		return Collections.unmodifiableMap(tallies);
	}

	/** Adds commitments up while the overview is built. */
	private static final class Counter {

		private final Sum ready = new Sum();
		private final Sum pending = new Sum();

		void add(Readiness readiness, Measure measure) {
			if (readiness == Readiness.READY) {
				ready.add(measure);
			}
			else if (readiness.pending()) {
				pending.add(measure);
			}
		}

		void merge(Counter other) {
			ready.merge(other.ready);
			pending.merge(other.pending);
		}

		Tally tally() {
			return new Tally(ready.totals(), pending.totals());
		}
	}

	private static final class Sum {

		private int commitments;
		private long personnel;
		private final SortedMap<String, BigDecimal> money = new TreeMap<>();

		void add(Measure measure) {
			commitments++;
			if (measure == null) {
				return;
			}
			if (measure.unit() == MeasureUnit.PERSONNEL) {
				personnel += measure.amount().longValueExact();
			}
			else if (measure.isMoney()) {
				money.merge(measure.currency().getCurrencyCode(), measure.amount(), BigDecimal::add);
			}
		}

		void merge(Sum other) {
			commitments += other.commitments;
			personnel += other.personnel;
			other.money.forEach((currency, amount) -> money.merge(currency, amount, BigDecimal::add));
		}

		Totals totals() {
			return new Totals(commitments, personnel, Collections.unmodifiableSortedMap(new TreeMap<>(money)));
		}
	}
}
