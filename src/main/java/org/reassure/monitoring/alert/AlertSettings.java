package org.reassure.monitoring.alert;

import java.time.Duration;
import java.util.Map;

import org.reassure.monitoring.Sector;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sector alert thresholds ({@code reassure.monitoring.alerts.*}; the defaults, with their meaning, are in
 * application.yml): one threshold for every sector, and optional overrides by sector number. Bad values stop the
 * start.
 */
@ConfigurationProperties("reassure.monitoring.alerts")
public record AlertSettings(boolean enabled, int minIncidents, Duration window, Map<Integer, SectorThreshold> sectors) {

    /** A sector's own threshold; a part left out is the default's. */
    public record SectorThreshold(Integer minIncidents, Duration window) {

        Threshold over(Threshold standard) {
            return new Threshold(minIncidents == null ? standard.minIncidents() : minIncidents, window == null ? standard.window() : window);
        }
    }

    public AlertSettings {
        Threshold standard = new Threshold(minIncidents, window);
        sectors = sectors == null ? Map.of() : Map.copyOf(sectors);
        sectors.forEach((number, own) -> {
            new Sector(number);
            own.over(standard);
        });
    }

    public Threshold thresholdFor(Sector sector) {
        Threshold standard = new Threshold(minIncidents, window);
        SectorThreshold own = sectors.get(sector.number());
        return own == null ? standard : own.over(standard);
    }
}
