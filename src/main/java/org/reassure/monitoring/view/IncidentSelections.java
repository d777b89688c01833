package org.reassure.monitoring.view;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.IncidentSummary;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.store.StoredIncidents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the stored incidents for views: lists (the map query, which the index on oblast and first observation
 * serves), streams for exports, and counts grouped in the database. Every method takes the statuses the reader's
 * clearance releases; an empty set selects nothing.
 */
@Repository
class IncidentSelections {

    static final long DAY_MILLIS = 86_400_000L;
    private static final int FETCH_SIZE = 2_000;

    /** Incidents of one day, oblast, sector, category and status, counted. */
    record Tally(Oblast oblast, int sector, Category category, IncidentStatus status, int count) {
    }

    /** Incidents first observed on one UTC day (days since the epoch) in one sector, counted. */
    record DaySector(long epochDay, int sector, int count) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final StoredIncidents stored;

    IncidentSelections(JdbcClient jdbc, JdbcTemplate jdbcTemplate, StoredIncidents stored) {
        this.stored = stored;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Newest first, at most {@code limit}. */
    List<IncidentSummary> list(IncidentFilter filter, Set<IncidentStatus> statuses, int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(stored.horizonMs()));
        String sql = "SELECT " + StoredIncidents.SELECT_LIST + " FROM monitoring_incidents" + where(filter, statuses, params)
                + " ORDER BY first_observed_at DESC, id LIMIT ?";
        params.add(limit);
        return jdbc.sql(sql).params(params).query(StoredIncidents::map).list();
    }

    /** How many incidents match, however many a list of them may hold. */
    long count(IncidentFilter filter, Set<IncidentStatus> statuses) {
        if (statuses.isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*) FROM monitoring_incidents" + where(filter, statuses, params)).params(params).query(Long.class).single();
    }

    /** Oldest first, streamed row by row, for exports of any size. */
    void each(IncidentFilter filter, Set<IncidentStatus> statuses, Consumer<IncidentSummary> each) {
        if (statuses.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(stored.horizonMs()));
        String sql = "SELECT " + StoredIncidents.SELECT_LIST + " FROM monitoring_incidents" + where(filter, statuses, params)
                + " ORDER BY first_observed_at, id";
        jdbcTemplate.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        }, (RowCallbackHandler) rs -> each.accept(StoredIncidents.map(rs, 0)));
    }

    /** The most corroborated first (independent sources, then reports), then the closest to the line. */
    List<IncidentSummary> notable(IncidentFilter filter, Set<IncidentStatus> statuses, int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(stored.horizonMs()));
        String sql = "SELECT " + StoredIncidents.SELECT_LIST + " FROM monitoring_incidents" + where(filter, statuses, params)
                + " ORDER BY independent_sources DESC, report_count DESC, distance_km, id LIMIT ?";
        params.add(limit);
        return jdbc.sql(sql).params(params).query(StoredIncidents::map).list();
    }

    List<Tally> tallies(IncidentFilter filter, Set<IncidentStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT oblast, sector, category, status, COUNT(*) FROM monitoring_incidents" + where(filter, statuses, params)
                + " GROUP BY oblast, sector, category, status";
        return jdbc.sql(sql).params(params).query(IncidentSelections::tally).list();
    }

    List<DaySector> perDayAndSector(IncidentFilter filter, Set<IncidentStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String day = "first_observed_at / " + DAY_MILLIS;
        String sql = "SELECT " + day + ", sector, COUNT(*) FROM monitoring_incidents" + where(filter, statuses, params)
                + " GROUP BY " + day + ", sector";
        return jdbc.sql(sql).params(params).query((rs, n) -> new DaySector(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    private static String where(IncidentFilter filter, Set<IncidentStatus> statuses, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE " + StoredIncidents.observedIn(filter.from(), filter.to(), filter.oblast(), params));
        if (filter.sector() != null) {
            sql.append(" AND sector = ?");
            params.add(filter.sector());
        }
        if (filter.category() != null) {
            sql.append(" AND category = ?");
            params.add(filter.category().name());
        }
        if (statuses.size() < IncidentStatus.values().length) {
            sql.append(" AND status IN (").append(String.join(", ", Collections.nCopies(statuses.size(), "?"))).append(')');
            statuses.forEach(status -> params.add(status.name()));
        }
        return sql.toString();
    }

    private static Tally tally(ResultSet rs, int row) throws SQLException {
        return new Tally(Oblast.valueOf(rs.getString(1)), rs.getInt(2), Category.valueOf(rs.getString(3)), IncidentStatus.valueOf(rs.getString(4)),
                rs.getInt(5));
    }
}
