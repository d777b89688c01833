package org.reassure.monitoring.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.view.Clearance;
import org.reassure.monitoring.view.DailyReport;
import org.reassure.monitoring.view.DailyReportPdf;
import org.reassure.monitoring.view.DailyReports;
import org.reassure.monitoring.view.IncidentDetailView;
import org.reassure.monitoring.view.IncidentExport;
import org.reassure.monitoring.view.IncidentFilter;
import org.reassure.monitoring.view.IncidentView;
import org.reassure.monitoring.view.IncidentViews;
import org.reassure.monitoring.view.LiveFeedFull;
import org.reassure.monitoring.view.LiveIncidents;
import org.reassure.monitoring.view.MapLayers;
import org.reassure.monitoring.view.Releasability;
import org.reassure.monitoring.view.SectorHistogram;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every cleared reader may see of monitoring, as the releasability policy gives it to them: the map's incidents
 * and layers, the live feed, the histogram per day and sector, the daily report (JSON and PDF), and exports.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monitoring views", description = "Incidents as released to the reader's role: map, live feed, histogram, daily report, exports")
class MonitoringViewApi {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(1);
    private static final int DEFAULT_HISTOGRAM_DAYS = 30;
    private static final String TOTAL_COUNT = "X-Total-Count";
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final IncidentViews views;
    private final DailyReports dailyReports;
    private final DailyReportPdf pdf;
    private final IncidentExport export;
    private final MapLayers layers;
    private final LiveIncidents live;
    private final Releasability releasability;
    private final Clock clock;

    MonitoringViewApi(IncidentViews views, DailyReports dailyReports, DailyReportPdf pdf, IncidentExport export, MapLayers layers, LiveIncidents live,
            Releasability releasability, Clock clock) {
        this.views = views;
        this.dailyReports = dailyReports;
        this.pdf = pdf;
        this.export = export;
        this.layers = layers;
        this.live = live;
        this.releasability = releasability;
        this.clock = clock;
    }

    @GetMapping("/map/incidents")
    @Operation(summary = "Incidents first observed within [from, to) (default: the last 24 hours), newest first, optionally of one oblast, sector, "
            + "category, status; only what the reader's role releases. Header " + TOTAL_COUNT + ": how many match in all, more than the list "
            + "holds when the limit cut it")
    ResponseEntity<List<IncidentView>> mapIncidents(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Oblast oblast, @RequestParam(required = false) Integer sector,
            @RequestParam(required = false) Category category, @RequestParam(required = false) IncidentStatus status,
            @RequestParam(defaultValue = "2000") int limit) {
        IncidentViews.MapSelection selection = views.map(filter(from, to, oblast, sector, category, status), limit, releasability.current());
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(selection.matching())).body(selection.incidents());
    }

    @GetMapping("/map/incidents/{id}")
    @Operation(summary = "One incident with its reports, as far as the reader's role releases them (404 otherwise)")
    IncidentDetailView mapIncident(@PathVariable String id) {
        IncidentId incidentId;
        try {
            incidentId = IncidentId.parse(id);
        }
        catch (IllegalArgumentException e) {
            throw new RuleViolation("id", "uuid", "an incident id is a UUID");
        }
        return views.detail(incidentId, releasability.current()).orElseThrow(() -> new NotFound("incident", id));
    }

    @GetMapping(value = "/map/layers", produces = "application/geo+json")
    @Operation(summary = "The line of contact by sector, the withdrawal and buffer zones, and the Multinational Force hubs, as GeoJSON")
    ResponseEntity<String> mapLayers() {
        releasability.current();
        return ResponseEntity.ok().contentType(GEO_JSON).header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").body(layers.geoJson());
    }

    @GetMapping(value = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: 'incidents' ({upserts, removed}) as fusion changes them, 'reload' when the client should refetch")
    SseEmitter live() {
        return live.subscribe(releasability.current());
    }

    @GetMapping("/histogram")
    @Operation(summary = "Incidents per UTC day (from and to inclusive, default the last 30 days) and per sector of the line")
    SectorHistogram histogram(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Oblast oblast, @RequestParam(required = false) Category category) {
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_HISTOGRAM_DAYS - 1);
        return views.histogram(first, last, oblast, category, releasability.current());
    }

    @GetMapping("/daily-reports/{date}")
    @Operation(summary = "The daily report of one UTC day, OSCE style: counts per category, oblast and sector, and notable incidents")
    DailyReport dailyReport(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return dailyReports.report(date, releasability.current());
    }

    @GetMapping(value = "/daily-reports/{date}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The daily report as PDF, in the reader's language (?lang=fr)")
    ResponseEntity<byte[]> dailyReportPdf(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale) {
        byte[] document = pdf.render(dailyReports.report(date, releasability.current()), locale);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"reassure-daily-report-" + date + ".pdf\"")
            .body(document);
    }

    @GetMapping("/export/incidents.csv")
    @Operation(summary = "Incidents as CSV, oldest first, with the map's filters (default: the last 24 hours); withheld fields are empty")
    void exportCsv(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Oblast oblast, @RequestParam(required = false) Integer sector,
            @RequestParam(required = false) Category category, @RequestParam(required = false) IncidentStatus status, HttpServletResponse response)
            throws IOException {
        IncidentFilter filter = filter(from, to, oblast, sector, category, status);
        Clearance clearance = releasability.current();
        attachment(response, CSV, "csv");
        export.csv(filter, clearance, response.getOutputStream());
    }

    @GetMapping("/export/incidents.geojson")
    @Operation(summary = "Incidents as a GeoJSON FeatureCollection, oldest first, with the map's filters (default: the last 24 hours)")
    void exportGeoJson(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Oblast oblast, @RequestParam(required = false) Integer sector,
            @RequestParam(required = false) Category category, @RequestParam(required = false) IncidentStatus status, HttpServletResponse response)
            throws IOException {
        IncidentFilter filter = filter(from, to, oblast, sector, category, status);
        Clearance clearance = releasability.current();
        attachment(response, GEO_JSON, "geojson");
        export.geoJson(filter, clearance, response.getOutputStream());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> liveFeedFull(LiveFeedFull e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Live feed full");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

    private IncidentFilter filter(Instant from, Instant to, Oblast oblast, Integer sector, Category category, IncidentStatus status) {
        Instant end = to != null ? to : clock.instant().plusSeconds(1);
        Instant start = from != null ? from : end.minus(DEFAULT_PERIOD);
        return new IncidentFilter(start, end, oblast, sector, category, status);
    }

    private void attachment(HttpServletResponse response, MediaType type, String extension) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"reassure-incidents-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + "." + extension + "\"");
    }
}
