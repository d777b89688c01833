package org.reassure.monitoring.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reassure.monitoring.AlertId;
import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sector alerts with their evidence, and each sector's last alert window.
 */
@Repository
class Alerts {

    private static final String COLUMNS = "id, sector, window_start, window_end, min_incidents, window_seconds, raised_at, status, acknowledged_by, "
            + "acknowledged_at";

    /** A sustained fire puts hundreds of violations in one alert's evidence: one JDBC batch each so many rows. */
    private static final int EVIDENCE_ROWS_PER_BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Alerts(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Where the sector's last alert window ended; the epoch when it never had one. */
    Instant lastWindowEnd(Sector sector) {
        return jdbc.sql("SELECT last_window_end FROM monitoring_alert_sectors WHERE sector = ?")
            .param(sector.number())
            .query(Long.class)
            .optional()
            .map(Instant::ofEpochMilli)
            .orElse(Instant.EPOCH);
    }

    /**
     * Moves the sector's last window end to {@code end} if the window starting at {@code start} does not overlap the
     * previous one; false when it does (another instance raised an alert first).
     */
    boolean advance(Sector sector, Instant start, Instant end) {
        jdbc.sql("INSERT INTO monitoring_alert_sectors (sector, last_window_end) VALUES (?, 0) ON CONFLICT (sector) DO NOTHING")
            .param(sector.number())
            .update();
        return jdbc.sql("UPDATE monitoring_alert_sectors SET last_window_end = ? WHERE sector = ? AND last_window_end <= ?")
            .params(end.toEpochMilli(), sector.number(), start.toEpochMilli())
            .update() == 1;
    }

    void add(Alert alert) {
        jdbc.sql("""
                INSERT INTO monitoring_alerts (id, sector, window_start, window_end, min_incidents, window_seconds, raised_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(alert.id().toString(), alert.sector().number(), alert.windowStart().toEpochMilli(), alert.windowEnd().toEpochMilli(),
                    alert.threshold().minIncidents(), alert.threshold().window().toSeconds(), alert.raisedAt().toEpochMilli(), alert.status().name())
            .update();
        List<BreachAlertRaised.Evidence> evidence = alert.evidence();
        String alertId = alert.id().toString();
        batch.batchUpdate("""
                INSERT INTO monitoring_alert_evidence (alert_id, incident_id, category, status, first_observed_at, oblast, report_count,
                independent_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", evidence, EVIDENCE_ROWS_PER_BATCH, (row, each) -> {
            row.setString(1, alertId);
            row.setString(2, each.incident().toString());
            row.setString(3, each.category().name());
            row.setString(4, each.status().name());
            row.setLong(5, each.firstObserved().toEpochMilli());
            row.setString(6, each.oblast().name());
            row.setInt(7, each.reportCount());
            row.setInt(8, each.independentSources());
        });
    }

    /** Records the acknowledgement; false if the alert was no longer OPEN. */
    boolean acknowledge(Alert alert) {
        return jdbc.sql("UPDATE monitoring_alerts SET status = ?, acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND status = ?")
            .params(alert.status().name(), alert.acknowledgedBy(), alert.acknowledgedAt().toEpochMilli(), alert.id().toString(),
                    AlertStatus.OPEN.name())
            .update() == 1;
    }

    Optional<Alert> find(AlertId id) {
        return withEvidence(jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_alerts WHERE id = ?").param(id.toString()).query(Alerts::row).list())
            .stream()
            .findFirst();
    }

    /** Newest first; only those of one status when given. */
    List<Alert> recent(AlertStatus status, int limit) {
        String where = status == null ? "" : " WHERE status = ?";
        List<Object> params = new ArrayList<>();
        if (status != null) {
            params.add(status.name());
        }
        params.add(limit);
        return withEvidence(jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_alerts" + where + " ORDER BY raised_at DESC, id LIMIT ?")
            .params(params)
            .query(Alerts::row)
            .list());
    }

    Optional<Alert> firstRaisedAfter(Instant instant) {
        return withEvidence(jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_alerts WHERE raised_at > ? ORDER BY raised_at, id LIMIT 1")
            .param(instant.toEpochMilli())
            .query(Alerts::row)
            .list()).stream().findFirst();
    }

    private List<Alert> withEvidence(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<BreachAlertRaised.Evidence>> evidence = new HashMap<>();
        String ids = String.join(", ", rows.stream().map(row -> "?").toList());
        jdbc.sql("""
                SELECT alert_id, incident_id, category, status, first_observed_at, oblast, report_count, independent_sources
                FROM monitoring_alert_evidence WHERE alert_id IN (""" + ids + ") ORDER BY first_observed_at, incident_id")
            .params(rows.stream().map(Row::id).map(Object.class::cast).toList())
            .query((RowCallbackHandler) rs -> {
                evidence.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                    .add(new BreachAlertRaised.Evidence(IncidentId.parse(rs.getString(2)), Category.valueOf(rs.getString(3)),
                            IncidentStatus.valueOf(rs.getString(4)), Instant.ofEpochMilli(rs.getLong(5)), Oblast.valueOf(rs.getString(6)),
                            rs.getInt(7), rs.getInt(8)));
            });
        return rows.stream().map(row -> row.alert(evidence.getOrDefault(row.id(), List.of()))).toList();
    }

    /** An alert row before its evidence is read. */
    private record Row(String id, int sector, long windowStart, long windowEnd, int minIncidents, long windowSeconds, long raisedAt, String status,
            String acknowledgedBy, Long acknowledgedAt) {

        Alert alert(List<BreachAlertRaised.Evidence> evidence) {
            return new Alert(AlertId.parse(id), new Sector(sector), Instant.ofEpochMilli(windowStart), Instant.ofEpochMilli(windowEnd),
                    new Threshold(minIncidents, Duration.ofSeconds(windowSeconds)), evidence, Instant.ofEpochMilli(raisedAt), AlertStatus.valueOf(status),
                    acknowledgedBy, acknowledgedAt == null ? null : Instant.ofEpochMilli(acknowledgedAt));
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long acknowledgedAt = rs.getLong(10);
        return new Row(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getString(8),
                rs.getString(9), rs.wasNull() ? null : acknowledgedAt);
    }
}
