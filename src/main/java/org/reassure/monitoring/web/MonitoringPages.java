package org.reassure.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.reassure.access.Actors;
import org.reassure.access.Role;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.OsceCategory;
import org.reassure.monitoring.alert.AlertStatus;
import org.reassure.monitoring.alert.SectorAlerts;
import org.reassure.monitoring.geo.GeoContext;
import org.reassure.monitoring.view.Clearance;
import org.reassure.monitoring.view.DailyReport;
import org.reassure.monitoring.view.DailyReports;
import org.reassure.monitoring.view.IncidentViews;
import org.reassure.monitoring.view.Releasability;
import org.reassure.monitoring.view.SectorHistogram;
import org.reassure.shared.Conflict;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring pages: the live map, the histogram per day and sector, the daily report, the alerts.
 */
@Controller
class MonitoringPages {

    private static final int HISTOGRAM_DAYS = 30;

    private final IncidentViews views;
    private final DailyReports dailyReports;
    private final SectorAlerts alerts;
    private final Releasability releasability;
    private final Actors actors;
    private final GeoContext geo;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    MonitoringPages(IncidentViews views, DailyReports dailyReports, SectorAlerts alerts, Releasability releasability, Actors actors, GeoContext geo,
            MessageSource messages, JsonMapper json, Clock clock) {
        this.views = views;
        this.dailyReports = dailyReports;
        this.alerts = alerts;
        this.releasability = releasability;
        this.actors = actors;
        this.geo = geo;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/monitoring")
    String map(Model model, Locale locale) {
        Clearance clearance = releasability.current();
        model.addAttribute("categories", Category.values());
        model.addAttribute("oblasts", oblasts());
        model.addAttribute("statuses", releasability.releasedStatuses(clearance).stream().sorted().toList());
        model.addAttribute("allStatuses", IncidentStatus.values());
        model.addAttribute("synthetic", geo.syntheticData());
        model.addAttribute("today", today());
        model.addAttribute("labels", json.writeValueAsString(labels(locale)));
        return "monitoring/map";
    }

    @GetMapping("/monitoring/histogram")
    String histogram(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) Oblast oblast,
            @RequestParam(required = false) Category category, Model model, Locale locale) {
        LocalDate last = to != null ? to : today();
        LocalDate first = from != null ? from : last.minusDays(HISTOGRAM_DAYS - 1);
        SectorHistogram histogram = views.histogram(first, last, oblast, category, releasability.current());
        model.addAttribute("histogram", histogram);
        model.addAttribute("histogramJson", json.writeValueAsString(histogram));
        model.addAttribute("counted", statusNames(histogram.counted(), locale));
        model.addAttribute("filter", Map.of("from", first, "to", last, "oblast", oblast == null ? "" : oblast.name(), "category",
                category == null ? "" : category.name()));
        model.addAttribute("categories", Category.values());
        model.addAttribute("oblasts", oblasts());
        return "monitoring/histogram";
    }

    @GetMapping("/monitoring/daily")
    String daily(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model, Locale locale) {
        LocalDate day = date != null ? date : today();
        DailyReport report = dailyReports.report(day, releasability.current());
        model.addAttribute("report", report);
        model.addAttribute("counted", statusNames(report.counted(), locale));
        model.addAttribute("violationCategories", Arrays.stream(OsceCategory.values()).filter(OsceCategory::isCeasefireViolation).toList());
        model.addAttribute("other", OsceCategory.OTHER_OBSERVATIONS);
        model.addAttribute("statuses", IncidentStatus.values());
        return "monitoring/daily";
    }

    @GetMapping("/monitoring/alerts")
    String alerts(@RequestParam(required = false) AlertStatus status, Model model) {
        releasability.current();
        model.addAttribute("alerts", alerts.recent(status, SectorAlerts.MAX_LISTED));
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", AlertStatus.values());
        model.addAttribute("canAcknowledge", actors.currentHas(Role.MONITOR));
        return "monitoring/alerts";
    }

    @PostMapping("/monitoring/alerts/{id}/acknowledge")
    String acknowledge(@PathVariable String id, RedirectAttributes redirect) {
        try {
            alerts.acknowledge(AlertApi.alertId(id));
            redirect.addFlashAttribute("acknowledged", id);
        }
        catch (Conflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/monitoring/alerts";
    }

    private String statusNames(Set<IncidentStatus> statuses, Locale locale) {
        return statuses.stream().sorted().map(status -> messages.getMessage("status." + status, null, locale)).collect(Collectors.joining(", "));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Oblast[] oblasts() {
        return Arrays.stream(Oblast.values()).filter(oblast -> oblast != Oblast.UNKNOWN).toArray(Oblast[]::new);
    }

    /** Category and status names in the reader's language, for the map's script. */
    private Map<String, Map<String, String>> labels(Locale locale) {
        Map<String, String> categories = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            categories.put(category.name(), messages.getMessage("category." + category, null, locale));
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (IncidentStatus status : IncidentStatus.values()) {
            statuses.put(status.name(), messages.getMessage("status." + status, null, locale));
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : new String[] { "reports", "sources", "sector", "distance", "reportsOf", "withheld", "live.open", "live.connecting",
                "live.closed", "truncated" }) {
            words.put(key, messages.getMessage("monitoring.js." + key, null, locale));
        }
        return Map.of("categories", categories, "statuses", statuses, "words", words);
    }
}
