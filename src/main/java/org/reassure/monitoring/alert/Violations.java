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

    private final JdbcClient jdbc;

    Violations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean counts(Category category, IncidentStatus status) {
        return OsceCategory.of(category).isCeasefireViolation() && (status == IncidentStatus.CORROBORATED || status == IncidentStatus.VERIFIED);
    }

    /** The sector's violations first observed within [from, to], oldest first. */
    List<BreachAlertRaised.Evidence> inSector(int sector, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(List.of(sector, from.toEpochMilli(), to.toEpochMilli(), IncidentStatus.CORROBORATED.name(),
                IncidentStatus.VERIFIED.name()));
        params.addAll(COUNTED_CATEGORIES);
        String categories = String.join(", ", COUNTED_CATEGORIES.stream().map(c -> "?").toList());
        return jdbc.sql("""
                SELECT id, category, status, first_observed_at, oblast, report_count, independent_sources FROM monitoring_incidents
                WHERE sector = ? AND first_observed_at >= ? AND first_observed_at <= ? AND status IN (?, ?) AND category IN (""" + categories + """
                ) ORDER BY first_observed_at, id""")
            .params(params)
            .query((rs, n) -> new BreachAlertRaised.Evidence(IncidentId.parse(rs.getString(1)), Category.valueOf(rs.getString(2)),
                    IncidentStatus.valueOf(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)), Oblast.valueOf(rs.getString(5)), rs.getInt(6),
                    rs.getInt(7)))
            .list();
    }
}
