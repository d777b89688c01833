package org.reassure.monitoring.web;

import org.reassure.access.AuthorizationRules;
import org.reassure.access.Role;
import org.reassure.monitoring.view.Releasability;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The views (map, histogram, daily report, exports, live feed) and alerts are open to every role the releasability
 * policy clears, each seeing what it releases; only monitors acknowledge alerts. Ordered first, because the API paths
 * lie under {@code /api/v1/monitoring/**}, which {@link MonitoringAuthorizationRules} keeps for monitors.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringViewAuthorizationRules implements AuthorizationRules {

    private static final String[] READ = { "/monitoring", "/monitoring/histogram", "/monitoring/daily", "/monitoring/alerts",
            "/api/v1/monitoring/map/incidents", "/api/v1/monitoring/map/incidents/*", "/api/v1/monitoring/map/layers", "/api/v1/monitoring/live",
            "/api/v1/monitoring/histogram", "/api/v1/monitoring/daily-reports/*", "/api/v1/monitoring/daily-reports/*/pdf",
            "/api/v1/monitoring/export/incidents.csv", "/api/v1/monitoring/export/incidents.geojson", "/api/v1/monitoring/alerts",
            "/api/v1/monitoring/alerts/*" };

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, READ).hasAnyRole(Releasability.clearedRoles());
        requests.requestMatchers(HttpMethod.POST, "/monitoring/alerts/*/acknowledge", "/api/v1/monitoring/alerts/*/acknowledgement")
            .hasRole(Role.MONITOR.name());
    }
}
