package org.reassure.monitoring.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.LongStream;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.GeoTags;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentQuery;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.Sector;
import org.reassure.monitoring.Side;
import org.reassure.monitoring.SourceType;
import org.reassure.monitoring.Zone;
import org.reassure.monitoring.internal.MonitoringProperties;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.reassure.shared.DerivedState;
import org.springframework.stereotype.Repository;

/**
 * The incidents fusion derived from the reports, with the seqs of their reports. Everything here can be deleted and
 * rebuilt from the raw reports. Whether an incident is closed is not stored: it is closed once its
 * last observation is older than the newest observation fusion has seen minus the time window and the allowed
 * lateness ({@code horizon}), exactly when fusion closes it.
 */
@Repository
@DerivedState
public class StoredIncidents {

	/** The columns {@link #map} reads, in its order. */
	public static final String COLUMNS = """
			id, category, status, first_observed_at, last_observed_at, lat, lon, accuracy_m, report_count, independent_sources,
			source_types, oblast, side, distance_km, zone, sector, chainage_km, report_seqs, updated_at""";
	/** What {@link #map} reads: the columns and the closed flag, computed against fusion's progress; its one parameter is {@link #horizonMs()}. */
	public static final String SELECT_LIST = COLUMNS + ", last_observed_at < (SELECT fused_newest FROM monitoring_log WHERE id = 1) - ?";
	private static final String SELECT = "SELECT " + SELECT_LIST + " FROM monitoring_incidents";
	private static final String UPSERT = "INSERT INTO monitoring_incidents (" + COLUMNS + """
			) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET category = excluded.category, status = excluded.status,
			first_observed_at = excluded.first_observed_at, last_observed_at = excluded.last_observed_at, lat = excluded.lat,
			lon = excluded.lon, accuracy_m = excluded.accuracy_m, report_count = excluded.report_count,
			independent_sources = excluded.independent_sources, source_types = excluded.source_types, oblast = excluded.oblast,
			side = excluded.side, distance_km = excluded.distance_km, zone = excluded.zone, sector = excluded.sector,
			chainage_km = excluded.chainage_km, report_seqs = excluded.report_seqs, updated_at = excluded.updated_at
			WHERE excluded.report_count >= monitoring_incidents.report_count""";

	/**
	 * Upserts and deletions go in id order: two fusion members writing the same incidents (those near a cell border)
	 * then lock them in the same order, where on PostgreSQL each could hold one row the other waits for (a deadlock).
	 */
	private static final Comparator<IncidentRow> IN_LOCK_ORDER = Comparator.comparing(row -> row.incident().id().value());

	private final JdbcTemplate jdbcTemplate;
	private final JdbcClient jdbc;
	private final long horizonMs;

	StoredIncidents(JdbcTemplate jdbcTemplate, JdbcClient jdbc, MonitoringProperties properties) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.horizonMs = properties.fusion().horizon().toMillis();
	}

	/**
	 * Inserts or replaces the incidents, in id order. An incident only gains reports under its id, so a version with
	 * fewer reports than the stored one is older (written late by the fusion of another partition) and left out.
	 */
	public void upsert(Collection<IncidentRow> unordered, Instant updatedAt) {
		if (unordered.isEmpty()) {
			return;
		}
		List<IncidentRow> incidents = new ArrayList<>(unordered);
		incidents.sort(IN_LOCK_ORDER);
		jdbcTemplate.batchUpdate(UPSERT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement row, int i) throws SQLException {
				Incident incident = incidents.get(i).incident();
				GeoTags tags = incident.tags();
				row.setString(1, incident.id().toString());
				row.setString(2, incident.category().name());
				row.setString(3, incident.status().name());
				row.setLong(4, incident.firstObserved().toEpochMilli());
				row.setLong(5, incident.lastObserved().toEpochMilli());
				row.setDouble(6, incident.position().lat());
				row.setDouble(7, incident.position().lon());
				row.setDouble(8, incident.position().accuracyM());
				row.setInt(9, incident.reportIds().size());
				row.setInt(10, incident.independentSources());
				row.setString(11, sourceTypes(incident.sourceTypes()));
				row.setString(12, tags.oblast().name());
				row.setString(13, tags.side().name());
				row.setDouble(14, tags.distanceToLineKm());
				row.setString(15, tags.zone().name());
				row.setInt(16, tags.sector().number());
				row.setDouble(17, tags.chainageKm());
				row.setString(18, incidents.get(i).reportSeqs());
				row.setLong(19, updatedAt.toEpochMilli());
			}

			@Override
			public int getBatchSize() {
				return incidents.size();
			}
		});
	}

	/** Deletes incidents that merged into others, in id order. */
	public void delete(Set<IncidentId> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(ids.size());
		ids.stream().map(IncidentId::value).sorted().forEach(id -> rows.add(new Object[] { id.toString() }));
		jdbcTemplate.batchUpdate("DELETE FROM monitoring_incidents WHERE id = ?", rows);
	}

	/** Forgets every incident, before a rebuild. */
	public void clear() {
		jdbc.sql("DELETE FROM monitoring_incidents").update();
	}

	/** The seqs of the incident's reports, in report id order; empty when there is no such incident. */
	public long[] reportSeqs(IncidentId id) {
		return jdbc.sql("SELECT report_seqs FROM monitoring_incidents WHERE id = ?")
			.param(id.toString())
			.query(String.class)
			.optional()
			.map(StoredIncidents::seqs)
			.orElse(new long[0]);
	}

	/** An incident with the seqs of its reports, in report id order. */
	public record OpenIncident(IncidentId id, long[] reportSeqs) {

		/** The seqs of the reports of all these incidents. */
		public static long[] reportSeqsOf(List<OpenIncident> incidents) {
			return incidents.stream().flatMapToLong(incident -> LongStream.of(incident.reportSeqs())).toArray();
		}
	}

	/** The incidents still open for a fusion that has seen observations up to {@code newestObservedMs}. */
	public List<OpenIncident> openAt(long newestObservedMs) {
		return jdbc.sql("SELECT id, report_seqs FROM monitoring_incidents WHERE last_observed_at >= ?")
			.param(newestObservedMs - horizonMs)
			.query((rs, n) -> new OpenIncident(IncidentId.parse(rs.getString(1)), seqs(rs.getString(2))))
			.list();
	}

	public Optional<IncidentSummary> find(IncidentId id) {
		return jdbc.sql(SELECT + " WHERE id = ?").params(horizonMs, id.toString()).query(StoredIncidents::map).optional();
	}

	/** The (oblast, first observation) index answers, for one oblast or all of them ({@link #observedIn}). */
	public List<IncidentSummary> find(IncidentQuery query) {
		List<Object> params = new ArrayList<>(List.of(horizonMs));
		StringBuilder sql = new StringBuilder(SELECT + " WHERE " + observedIn(query.from(), query.to(), query.oblast(), params));
		if (query.sector() != null) {
			sql.append(" AND sector = ?");
			params.add(query.sector());
		}
		if (query.category() != null) {
			sql.append(" AND category = ?");
			params.add(query.category().name());
		}
		if (query.status() != null) {
			sql.append(" AND status = ?");
			params.add(query.status().name());
		}
		sql.append(" ORDER BY first_observed_at DESC, id LIMIT ?");
		params.add(query.limit());
		return jdbc.sql(sql.toString()).params(params).query(StoredIncidents::map).list();
	}

	/**
	 * The condition of incidents first observed within [from, to) in one oblast, or with none given in every oblast,
	 * which the (oblast, first observation) index serves; its parameters are added to {@code params}. Every oblast is
	 * {@code oblast IN} all of them: the same incidents (oblast is never null), but then the index serves the period
	 * one range per oblast, where SQLite would read the whole table (0.5-0.7 s for a day of the map with 10,000,000
	 * reports, against 16-44 ms).
	 */
	public static String observedIn(Instant from, Instant to, Oblast oblast, List<Object> params) {
		params.add(from.toEpochMilli());
		params.add(to.toEpochMilli());
		List<Oblast> oblasts = oblast != null ? List.of(oblast) : List.of(Oblast.values());
		oblasts.forEach(each -> params.add(each.name()));
		return "first_observed_at >= ? AND first_observed_at < ? AND oblast IN (" + String.join(", ", Collections.nCopies(oblasts.size(), "?")) + ")";
	}

	/** Every incident, by id. */
	public List<IncidentSummary> all() {
		return jdbc.sql(SELECT + " ORDER BY id").param(horizonMs).query(StoredIncidents::map).list();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM monitoring_incidents").query(Long.class).single();
	}

	private static long[] seqs(String list) {
		return list.isEmpty() ? new long[0] : Arrays.stream(list.split(",")).mapToLong(Long::parseLong).toArray();
	}

	private static String sourceTypes(Set<SourceType> types) {
		StringJoiner joined = new StringJoiner(",");
		types.forEach(type -> joined.add(type.name()));
		return joined.toString();
	}

	/** How far behind fusion's newest observation an incident is closed, in milliseconds: the parameter of {@link #SELECT_LIST}. */
	public long horizonMs() {
		return horizonMs;
	}

	/** Reads a row selected with {@link #SELECT_LIST}. */
	public static IncidentSummary map(ResultSet rs, int row) throws SQLException {
		Set<SourceType> types = EnumSet.noneOf(SourceType.class);
		for (String type : rs.getString(11).split(",")) {
			types.add(SourceType.valueOf(type));
		}
		GeoTags tags = new GeoTags(Oblast.valueOf(rs.getString(12)), Side.valueOf(rs.getString(13)), rs.getDouble(14), Zone.valueOf(rs.getString(15)),
				new Sector(rs.getInt(16)), rs.getDouble(17));
		return new IncidentSummary(IncidentId.parse(rs.getString(1)), Category.valueOf(rs.getString(2)), IncidentStatus.valueOf(rs.getString(3)),
				Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), new Position(rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)),
				rs.getInt(9), rs.getInt(10), types, tags, rs.getBoolean(20), Instant.ofEpochMilli(rs.getLong(19)));
	}
}
