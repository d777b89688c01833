package org.reassure.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.LinePlaces;
import org.reassure.monitoring.LiveReports;
import org.reassure.monitoring.Position;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.SourceType;
import org.reassure.monitoring.TestSources;
import org.reassure.monitoring.TestUsers;
import org.reassure.monitoring.store.IncidentRow;
import org.reassure.monitoring.store.StoredIncidents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each role sees of one day of incidents through the views: the map's list, the histogram, the daily report
 * (JSON, page and PDF), the exports and an incident's reports, as the releasability policy says.
 *
 * <p>The day's incidents are written straight into the incident table (seven on 5 November 2025 in sectors 4, 7
 * and 10, one on each neighbouring day); the incident with reports goes through ingest and fusion.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringViewsApiTest {

    private static final String DAY = "2025-11-05";
    private static final Instant MIDNIGHT = Instant.parse(DAY + "T00:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Role> SUMMARY_ROLES = List.of(Role.SECRETARIAT, Role.NATION_LIAISON, Role.PLANNER, Role.VIEWER);

    @Autowired
    MockMvc mvc;

    @Autowired
    StoredIncidents incidents;

    @Autowired
    JdbcClient jdbc;

    private TestUsers users;

    /** The seeded incidents of the day, in the order below. */
    private final List<Incident> day = new ArrayList<>();

    @BeforeEach
    void seedTheDay() {
        users = new TestUsers(mvc);
        day.clear();
        day.add(incident("a", Category.EXPLOSION_IMPACT, IncidentStatus.CORROBORATED, 3, 5, 4, 0, 10));
        day.add(incident("b", Category.OUTGOING_FIRE, IncidentStatus.VERIFIED, 2, 3, 4, 6, 11));
        day.add(incident("c", Category.SMALL_ARMS, IncidentStatus.NEW, 1, 1, 4, 12, 12));
        day.add(incident("d", Category.FLARE, IncidentStatus.DISMISSED, 1, 2, 7, 0, 13));
        day.add(incident("e", Category.MUZZLE_FLASH, IncidentStatus.CORROBORATED, 2, 2, 7, 6, 14));
        day.add(incident("f", Category.HEAVY_WEAPON_MOVEMENT, IncidentStatus.CORROBORATED, 2, 4, 10, 0, 15));
        day.add(incident("g", Category.PROJECTILE_IN_FLIGHT, IncidentStatus.NEW, 1, 1, 10, 6, 16));
        List<Incident> all = new ArrayList<>(day);
        all.add(incident("day-before", Category.EXPLOSION_IMPACT, IncidentStatus.CORROBORATED, 2, 2, 4, 20, -1));
        all.add(incident("day-after", Category.EXPLOSION_IMPACT, IncidentStatus.CORROBORATED, 2, 2, 4, 24, 24));
        incidents.upsert(all.stream().map(incident -> new IncidentRow(incident, "")).toList(), Instant.now());
    }

    @Test
    void theMapListsEveryStatusForMonitorsAndTheCommissionButOnlyCorroboratedOrVerifiedRoundedForOthers() throws Exception {
        for (Role role : List.of(Role.ADMIN, Role.MONITOR, Role.COMMISSION)) {
            JsonNode listed = mapOfTheDay(role, "");
            assertThat(ids(listed)).as(role.name()).containsExactlyInAnyOrder(ids("a", "b", "c", "d", "e", "f", "g"));
            assertThat(listed.get(0).has("accuracyM")).isTrue();
            assertThat(listed.get(0).has("sourceTypes")).isTrue();
        }
        for (Role role : SUMMARY_ROLES) {
            JsonNode listed = mapOfTheDay(role, "");
            assertThat(ids(listed)).as(role.name()).containsExactlyInAnyOrder(ids("a", "b", "e", "f"));
            for (JsonNode incident : listed) {
                assertThat(incident.has("accuracyM") || incident.has("sourceTypes")).isFalse();
                assertThat(incident.path("lat").asDouble() * 100).isEqualTo(Math.rint(incident.path("lat").asDouble() * 100));
            }
            assertThat(mapOfTheDay(role, "&status=NEW")).as("a status not released selects nothing").isEmpty();
        }
        JsonNode newestFirst = mapOfTheDay(Role.MONITOR, "");
        assertThat(newestFirst.get(0).path("id").asString()).isEqualTo(day.get(6).id().toString());
        String oblast = day.get(0).tags().oblast().name();
        assertThat(ids(mapOfTheDay(Role.MONITOR, "&oblast=" + oblast)))
            .containsExactlyInAnyOrderElementsOf(day.stream().filter(i -> i.tags().oblast().name().equals(oblast)).map(i -> i.id().toString()).toList());
        assertThat(ids(mapOfTheDay(Role.MONITOR, "&sector=7&category=MUZZLE_FLASH"))).containsExactly(ids("e"));
        mvc.perform(get("/api/v1/monitoring/map/incidents?from=" + MIDNIGHT + "&to=" + MIDNIGHT.minusSeconds(1)).with(users.as(Role.VIEWER)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/monitoring/map/incidents?limit=0").with(users.as(Role.VIEWER))).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theMapSaysHowManyIncidentsTheReaderMaySeeMatchWhenItsLimitCutsTheList() throws Exception {
        mvc.perform(get(mapOfTheDayUrl("&limit=3")).with(users.as(Role.MONITOR)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].id", contains(ids("g", "f", "e"))))
            .andExpect(header().string("X-Total-Count", "7"));
        mvc.perform(get(mapOfTheDayUrl("&limit=3")).with(users.as(Role.VIEWER)))
            .andExpect(jsonPath("$[*].id", contains(ids("f", "e", "b"))))
            .andExpect(header().string("X-Total-Count", "4"));
        mvc.perform(get(mapOfTheDayUrl("&limit=3&sector=4")).with(users.as(Role.MONITOR)))
            .andExpect(jsonPath("$[*].id", contains(ids("c", "b", "a"))))
            .andExpect(header().string("X-Total-Count", "3"));
    }

    @Test
    void theHistogramCountsPerDayAndSectorWhatTheReaderMayCountNeverDismissed() throws Exception {
        String query = "/api/v1/monitoring/histogram?from=2025-11-04&to=2025-11-06";
        JsonNode full = JSON.readTree(mvc.perform(get(query).with(users.as(Role.MONITOR))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
        assertThat(full.path("days").valueStream().map(JsonNode::asString)).containsExactly("2025-11-04", "2025-11-05", "2025-11-06");
        assertThat(full.path("sectors")).hasSize(12);
        JsonNode theDay = full.path("counts").get(1);
        assertThat(theDay.get(3).asInt()).isEqualTo(3);
        assertThat(theDay.get(6).asInt()).as("the dismissed flare is not counted").isEqualTo(1);
        assertThat(theDay.get(9).asInt()).isEqualTo(2);
        assertThat(full.path("dayTotals").get(1).asInt()).isEqualTo(6);
        assertThat(full.path("counts").get(0).get(3).asInt()).isEqualTo(1);
        assertThat(full.path("counts").get(2).get(3).asInt()).isEqualTo(1);

        JsonNode summary = JSON.readTree(mvc.perform(get(query).with(users.as(Role.VIEWER))).andReturn().getResponse().getContentAsString());
        assertThat(summary.path("counts").get(1).get(3).asInt()).isEqualTo(2);
        assertThat(summary.path("dayTotals").get(1).asInt()).isEqualTo(4);
        assertThat(summary.path("counted").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("CORROBORATED", "VERIFIED");
    }

    @Test
    void theDailyReportCountsPerOsceCategoryAndAreaAndNamesTheNotableIncidents() throws Exception {
        mvc.perform(get("/api/v1/monitoring/daily-reports/" + DAY).with(users.as(Role.COMMISSION)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.violations").value(5))
            .andExpect(jsonPath("$.byCategory.EXPLOSIONS").value(2))
            .andExpect(jsonPath("$.byCategory.BURSTS_AND_SHOTS").value(1))
            .andExpect(jsonPath("$.byCategory.MUZZLE_FLASHES").value(1))
            .andExpect(jsonPath("$.byCategory.PROJECTILES_IN_FLIGHT").value(1))
            .andExpect(jsonPath("$.byCategory.ILLUMINATION_FLARES").value(0))
            .andExpect(jsonPath("$.byCategory.OTHER_OBSERVATIONS").value(1))
            .andExpect(jsonPath("$.byStatus.NEW").value(2))
            .andExpect(jsonPath("$.sectors", hasSize(12)))
            .andExpect(jsonPath("$.sectors[3].name").value("S04"))
            .andExpect(jsonPath("$.sectors[3].violations").value(3))
            .andExpect(jsonPath("$.sectors[9].counts.OTHER_OBSERVATIONS").value(1))
            .andExpect(jsonPath("$.notable[*].id").value(org.hamcrest.Matchers.contains(ids("a", "f", "b", "e"))));
        for (Role role : SUMMARY_ROLES) {
            mvc.perform(get("/api/v1/monitoring/daily-reports/" + DAY).with(users.as(role)))
                .andExpect(jsonPath("$.violations").value(3))
                .andExpect(jsonPath("$.byCategory.EXPLOSIONS").value(2))
                .andExpect(jsonPath("$.byCategory.BURSTS_AND_SHOTS").value(0))
                .andExpect(jsonPath("$.byStatus.NEW").doesNotExist())
                .andExpect(jsonPath("$.notable", hasSize(4)))
                .andExpect(jsonPath("$.notable[0].accuracyM").doesNotExist());
        }
        mvc.perform(get("/api/v1/monitoring/daily-reports/05-11-2025").with(users.as(Role.VIEWER))).andExpect(status().isBadRequest());
    }

    @Test
    void theDailyReportPageAndPdfAreInTheReadersLanguageWithItsAccents() throws Exception {
        mvc.perform(get("/monitoring/daily?date=" + DAY + "&lang=fr").with(users.as(Role.VIEWER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Rapport quotidien sur le cessez-le-feu, 5 novembre 2025")))
            .andExpect(content().string(containsString("Fusées éclairantes")))
            .andExpect(content().string(containsString("id=\"daily-violations\">3<")));

        String french = pdfText("fr");
        assertThat(french).contains("Rapport quotidien sur le cessez-le-feu, 5 novembre 2025", "Fusées éclairantes", "Éclairs de tir",
                "Rafales et tirs isolés", "Violations du cessez-le-feu", "Corroboré", "Vérifié", "Incidents notables");
        String english = pdfText("en");
        assertThat(english).contains("Daily report on the ceasefire, November 5, 2025", "Illumination flares", "Bursts and shots", "Corroborated");
    }

    @Test
    void exportsGiveTheFilteredIncidentsOldestFirstAsReleased() throws Exception {
        String range = "?from=" + MIDNIGHT + "&to=" + MIDNIGHT.plus(Duration.ofDays(1));
        String csv = mvc.perform(get("/api/v1/monitoring/export/incidents.csv" + range).with(users.as(Role.PLANNER)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(IncidentExport.CSV_HEADER);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith(day.get(0).id() + ",EXPLOSION_IMPACT,EXPLOSIONS,CORROBORATED,");
        String[] cells = lines.get(1).split(",", -1);
        assertThat(cells[8]).as("accuracy withheld").isEmpty();
        assertThat(cells[11]).as("source types withheld").isEmpty();

        String fullCsv = mvc.perform(get("/api/v1/monitoring/export/incidents.csv" + range).with(users.as(Role.MONITOR))).andReturn().getResponse()
            .getContentAsString();
        assertThat(fullCsv.lines()).hasSize(8);
        assertThat(fullCsv.lines().skip(1).findFirst().orElseThrow().split(",", -1)[11]).isNotEmpty();

        JsonNode geojson = JSON.readTree(mvc.perform(get("/api/v1/monitoring/export/incidents.geojson" + range + "&sector=4").with(users.as(Role.COMMISSION)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
            .andReturn().getResponse().getContentAsString());
        assertThat(geojson.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geojson.path("features")).hasSize(3);
        JsonNode first = geojson.path("features").get(0);
        assertThat(first.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(day.get(0).position().lon());
        assertThat(first.path("properties").path("id").asString()).isEqualTo(day.get(0).id().toString());
    }

    @Test
    void anIncidentsReportsGoToTheCommissionWithoutSensorIdentitiesAndToNobodyBelow() throws Exception {
        String acoustic = LiveReports.sourceId("acoustic");
        String party = LiveReports.sourceId("party");
        String acousticToken = TestSources.register(mvc, acoustic, "ACOUSTIC");
        String partyToken = TestSources.register(mvc, party, "PARTY_COMPLAINT");
        double[] place = LinePlaces.at(LinePlaces.middleOf(2));
        Instant now = LiveReports.now();
        String heard = LiveReports.uid();
        ingest(acousticToken, LiveReports.json(acoustic, "ACOUSTIC", heard, place[0], place[1], now).replace("}", ",\"text\":\"heavy impact heard\"}"));
        ingest(partyToken, LiveReports.json(party, "PARTY_COMPLAINT", LiveReports.uid(), place[0], place[1], now.plusSeconds(20))
            .replace("}", ",\"text\":\"shelling of the village\"}"));
        String incident = awaitCorroboratedIncidentOf(acoustic, heard);

        String path = "/api/v1/monitoring/map/incidents/" + incident;
        mvc.perform(get(path).with(users.as(Role.MONITOR)))
            .andExpect(jsonPath("$.incident.status").value("CORROBORATED"))
            .andExpect(jsonPath("$.reports[*].sourceId").value(org.hamcrest.Matchers.containsInAnyOrder(acoustic, party)))
            .andExpect(jsonPath("$.reports[*].sector").value(org.hamcrest.Matchers.contains(2, 2)))
            .andExpect(jsonPath("$.reports[*].oblast").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(LinePlaces.tags(place).oblast().name()))));
        mvc.perform(get(path).with(users.as(Role.COMMISSION)))
            .andExpect(jsonPath("$.reports", hasSize(2)))
            .andExpect(jsonPath("$.reports[*].sourceId").value(org.hamcrest.Matchers.contains(party)))
            .andExpect(jsonPath("$.reports[*].text").value(org.hamcrest.Matchers.containsInAnyOrder("heavy impact heard", "shelling of the village")))
            .andExpect(content().string(not(containsString(acoustic))));
        for (Role role : SUMMARY_ROLES) {
            mvc.perform(get(path).with(users.as(role)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reports").doesNotExist())
                .andExpect(content().string(not(containsString("shelling"))));
        }
        mvc.perform(get("/api/v1/monitoring/map/incidents/" + day.get(2).id()).with(users.as(Role.VIEWER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/map/incidents/" + day.get(2).id()).with(users.as(Role.COMMISSION))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/monitoring/map/incidents/not-a-uuid").with(users.as(Role.COMMISSION))).andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePagesRenderForEveryClearance() throws Exception {
        mvc.perform(get("/monitoring").with(users.as(Role.VIEWER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"incident-map\"")))
            .andExpect(content().string(not(containsString("value=\"NEW\""))));
        mvc.perform(get("/monitoring?lang=fr").with(users.as(Role.MONITOR)))
            .andExpect(content().string(containsString("Surveillance du cessez-le-feu")))
            .andExpect(content().string(containsString("value=\"NEW\"")));
        mvc.perform(get("/monitoring/histogram?from=2025-11-04&to=2025-11-06").with(users.as(Role.COMMISSION)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"histogram-total\">8<")));
        mvc.perform(get("/monitoring/alerts").with(users.as(Role.NATION_LIAISON))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/monitoring/map/layers").with(users.as(Role.PLANNER)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
            .andExpect(jsonPath("$.features[?(@.properties.layer == 'withdrawal-zone')]", hasSize(1)));
    }

    private String pdfText(String language) throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/monitoring/daily-reports/" + DAY + "/pdf?lang=" + language).with(users.as(Role.VIEWER)))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    private void ingest(String token, String report) throws Exception {
        mvc.perform(post("/api/v1/monitoring/reports").header("Authorization", "Source " + token).contentType(MediaType.APPLICATION_JSON).content(report))
            .andExpect(status().isAccepted());
    }

    private String awaitCorroboratedIncidentOf(String source, String uid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var incident = jdbc.sql("""
                    SELECT i.id FROM monitoring_reports r
                    JOIN monitoring_incidents i ON ',' || i.report_seqs || ',' LIKE '%,' || r.seq || ',%'
                    WHERE r.source_id = ? AND r.event_uid = ? AND i.status = 'CORROBORATED'""").params(source, uid).query(String.class).optional();
            if (incident.isPresent()) {
                return incident.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no corroborated incident for report " + uid + " within 15 s");
    }

    private JsonNode mapOfTheDay(Role role, String filters) throws Exception {
        String body = mvc.perform(get(mapOfTheDayUrl(filters)).with(users.as(role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private static String mapOfTheDayUrl(String filters) {
        return "/api/v1/monitoring/map/incidents?from=" + MIDNIGHT + "&to=" + MIDNIGHT.plus(Duration.ofDays(1)) + filters;
    }

    private static List<String> ids(JsonNode listed) {
        return listed.valueStream().map(incident -> incident.path("id").asString()).toList();
    }

    private String[] ids(String... names) {
        return java.util.Arrays.stream(names).map(name -> id(name).toString()).toArray(String[]::new);
    }

    private static IncidentId id(String name) {
        return IncidentId.derivedFrom(Instant.EPOCH, new ReportId("seed-views", name));
    }

    /** An incident of the seeded day (hours from its midnight), at {@code km} past the middle of a sector. */
    private static Incident incident(String name, Category category, IncidentStatus status, int sources, int reports, int sector, double km,
            double hours) {
        List<ReportId> reportIds = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            reportIds.add(new ReportId("seed-views" + (r == 0 ? "" : "-" + r), name));
        }
        double[] place = LinePlaces.at(LinePlaces.middleOf(sector) + km);
        Instant seen = MIDNIGHT.plus(Duration.ofMinutes((long) (hours * 60)));
        Set<SourceType> types = EnumSet.noneOf(SourceType.class);
        for (int s = 0; s < sources; s++) {
            types.add(SourceType.values()[s]);
        }
        return new Incident(id(name), reportIds.stream().sorted().toList(), sources, types, new Position(place[0], place[1], 150), seen,
                seen.plusSeconds(30), category, LinePlaces.tags(place), status);
    }
}
