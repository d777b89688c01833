package org.reassure.monitoring.web;

import java.util.List;

import org.reassure.monitoring.AlertId;
import org.reassure.monitoring.alert.AlertStatus;
import org.reassure.monitoring.alert.SectorAlerts;
import org.reassure.monitoring.view.Releasability;
import org.reassure.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Sector alerts: read by every cleared role (they rest on corroborated incidents only), acknowledged by monitors.
 */
@RestController
@RequestMapping("/api/v1/monitoring/alerts")
@Tag(name = "Monitoring alerts", description = "Sectors that crossed their threshold of corroborated ceasefire violations, with the evidence")
class AlertApi {

    private final SectorAlerts alerts;
    private final Releasability releasability;

    AlertApi(SectorAlerts alerts, Releasability releasability) {
        this.alerts = alerts;
        this.releasability = releasability;
    }

    @GetMapping
    @Operation(summary = "Alerts, newest first, optionally only OPEN or ACKNOWLEDGED ones")
    List<AlertView> alerts(@RequestParam(required = false) AlertStatus status, @RequestParam(defaultValue = "100") int limit) {
        releasability.current();
        return alerts.recent(status, limit).stream().map(AlertView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alert with its evidence: the incidents counted and their report counts")
    AlertView alert(@PathVariable String id) {
        releasability.current();
        return AlertView.of(alerts.find(alertId(id)));
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge an OPEN alert (monitors); recorded in the ledger; 409 if it is acknowledged already")
    AlertView acknowledge(@PathVariable String id) {
        return AlertView.of(alerts.acknowledge(alertId(id)));
    }

    static AlertId alertId(String id) {
        try {
            return AlertId.parse(id);
        }
        catch (IllegalArgumentException e) {
            throw new RuleViolation("id", "uuid", "an alert id is a UUID");
        }
    }
}
