package org.reassure.monitoring.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.OsceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ceasefire violations alerts count: stored incidents that are CORROBORATED or VERIFIED and whose category is a
 * ceasefire violation in the OSCE sense ({@link OsceCategory#isCeasefireViolation()}).
 */
@Repository
class Violations {

    private static final List<String> COUNTED_CATEGORIES = Arrays.stream(Category.values())
        .filter(category -> OsceCategory.of(category).isCeasefireViolation())
        .map(Category::name)
        .toList();

    /**
     * The sector's violations from a lower bound (its comparison left to fill in) up to an upper one, oldest first; the
     * parameters are {@link #params}'s.
     */
    private static final String IN_SECTOR = " FROM monitoring_incidents WHERE sector = ? AND first_observed_at %s ? AND first_observed_at <= ?"
            + " AND status IN (?, ?) AND category IN (" + String.join(", ", COUNTED_CATEGORIES.stream().map(c -> "?").toList())
            + ") ORDER BY first_observed_at";

    private final JdbcClient jdbc;

    Violations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean counts(Category category, IncidentStatus status) {
        return OsceCategory.of(category).isCeasefireViolation() && (status == IncidentStatus.CORROBORATED || status == IncidentStatus.VERIFIED);
    }

    /**
     * The first observation times of the sector's violations within [from, to], in epoch milliseconds, oldest first.
     * Read from the sector index alone, which holds status and category too.
     */
    long[] timesInSector(int sector, Instant from, Instant to) {
        return jdbc.sql("SELECT first_observed_at" + IN_SECTOR.formatted(">="))
            .params(params(sector, from.toEpochMilli(), to.toEpochMilli()))
            .query(Long.class)
            .list()
            .stream()
            .mapToLong(Long::longValue)
            .toArray();
    }

    /** The sector's violations first observed after {@code start} and up to {@code end}, oldest first. */
    List<BreachAlertRaised.Evidence> inWindow(int sector, Instant start, Instant end) {
        return jdbc.sql("SELECT id, category, status, first_observed_at, oblast, report_count, independent_sources" + IN_SECTOR.formatted(">") + ", id")
            .params(params(sector, start.toEpochMilli(), end.toEpochMilli()))
            .query((rs, n) -> new BreachAlertRaised.Evidence(IncidentId.parse(rs.getString(1)), Category.valueOf(rs.getString(2)),
                    IncidentStatus.valueOf(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)), Oblast.valueOf(rs.getString(5)), rs.getInt(6),
                    rs.getInt(7)))
            .list();
    }

    private static List<Object> params(int sector, long fromMs, long toMs) {
        List<Object> params = new ArrayList<>(List.of(sector, fromMs, toMs, IncidentStatus.CORROBORATED.name(), IncidentStatus.VERIFIED.name()));
        params.addAll(COUNTED_CATEGORIES);
        return params;
    }
}
