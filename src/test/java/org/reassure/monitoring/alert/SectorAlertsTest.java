package org.reassure.monitoring.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.reassure.monitoring.BreachAlertRaised;
import org.reassure.monitoring.Category;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.LinePlaces;
import org.reassure.monitoring.LiveReports;
import org.reassure.monitoring.Oblast;
import org.reassure.monitoring.ReportId;
import org.reassure.monitoring.Sector;
import org.reassure.monitoring.TestSources;
import org.reassure.monitoring.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sector crosses its threshold (the default: 5 corroborated violations within an hour) through real ingest and
 * fusion: the alert is stored with its evidence, recorded in the ledger, published as {@link BreachAlertRaised}, and
 * acknowledged once by a monitor.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SectorAlertsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SECTOR = 9;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RaisedAlerts raised;

    @Autowired
    SectorAlerts sectorAlerts;

    private TestUsers users;

    @Test
    void fiveCorroboratedViolationsInASectorWithinAnHourRaiseOneAlertWithItsEvidence() throws Exception {
        users = new TestUsers(mvc);
        String acoustic = LiveReports.sourceId("acoustic");
        String radar = LiveReports.sourceId("radar");
        String acousticToken = TestSources.register(mvc, acoustic, "ACOUSTIC");
        String radarToken = TestSources.register(mvc, radar, "RADAR");
        Instant now = LiveReports.now();
        for (int i = 0; i < 4; i++) {
            corroboratedViolation(acoustic, acousticToken, radar, radarToken, i, now);
        }
        Thread.sleep(1_500);
        assertThat(alertsOfSector()).as("four violations stay below the threshold").isEmpty();

        corroboratedViolation(acoustic, acousticToken, radar, radarToken, 4, now);
        JsonNode alert = awaitAlert();
        assertThat(alert.path("status").asString()).isEqualTo("OPEN");
        assertThat(alert.path("minIncidents").asInt()).isEqualTo(5);
        assertThat(alert.path("windowSeconds").asLong()).isEqualTo(3600);
        assertThat(alert.path("evidence")).hasSize(5);
        for (JsonNode evidence : alert.path("evidence")) {
            assertThat(evidence.path("reportCount").asInt()).isEqualTo(2);
            assertThat(evidence.path("independentSources").asInt()).isEqualTo(2);
            assertThat(evidence.path("status").asString()).isEqualTo("CORROBORATED");
        }
        String id = alert.path("id").asString();

        String ledgerEntry = jdbc.sql("SELECT entry_bytes FROM ledger_entries WHERE action = 'monitoring.alert.raised' ORDER BY seq")
            .query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8))
            .list()
            .stream()
            .filter(entry -> entry.contains(id))
            .findFirst()
            .orElseThrow();
        for (JsonNode evidence : alert.path("evidence")) {
            assertThat(ledgerEntry).contains(evidence.path("incidentId").asString());
        }
        assertThat(ledgerEntry).contains("\"reportCount\":2");

        BreachAlertRaised event = raised.all().stream().filter(e -> e.alertId().toString().equals(id)).findFirst().orElseThrow();
        assertThat(event.sector().label()).isEqualTo("S09");
        assertThat(event.evidence()).hasSize(5);
        assertThat(event.window()).isEqualTo(Duration.ofHours(1));

        corroboratedViolation(acoustic, acousticToken, radar, radarToken, 5, now);
        Thread.sleep(1_500);
        assertThat(alertsOfSector()).as("the next violations fall in the same window: no second alert").hasSize(1);

        mvc.perform(get("/monitoring/alerts").with(users.as(Role.MONITOR)))
            .andExpect(content().string(containsString("data-id=\"" + id + "\"")))
            .andExpect(content().string(containsString("class=\"acknowledge\"")));
        mvc.perform(get("/monitoring/alerts").with(users.as(Role.VIEWER)))
            .andExpect(content().string(containsString("data-id=\"" + id + "\"")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"acknowledge\""))));
        mvc.perform(post("/api/v1/monitoring/alerts/" + id + "/acknowledgement").with(users.as(Role.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/monitoring/alerts/" + id + "/acknowledgement").with(users.as(Role.MONITOR)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
            .andExpect(jsonPath("$.acknowledgedBy").isNotEmpty());
        mvc.perform(post("/api/v1/monitoring/alerts/" + id + "/acknowledgement").with(users.as(Role.MONITOR)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.errors[0].message", containsString("ACKNOWLEDGED")));
        mvc.perform(post("/monitoring/alerts/" + id + "/acknowledge").with(users.as(Role.MONITOR)).with(csrf()))
            .andExpect(redirectedUrl("/monitoring/alerts"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE action = 'monitoring.alert.acknowledged'").query(Long.class).single())
            .isGreaterThanOrEqualTo(1);
        mvc.perform(get("/api/v1/monitoring/alerts?status=OPEN").with(users.as(Role.COMMISSION)))
            .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(0)));
    }

    @Test
    void oneRoundRaisesEverySectorThatCrossedEachWithItsLedgerEntryButNotAWindowOverlappingTheLast() {
        Threshold threshold = new Threshold(5, Duration.ofHours(1));
        Instant start = LiveReports.now().minus(Duration.ofDays(3));
        SectorAlerts.Crossing first = crossing(2, threshold, start);
        SectorAlerts.Crossing second = crossing(3, threshold, start);
        SectorAlerts.Crossing overlapping = crossing(2, threshold, start.plus(Duration.ofMinutes(30)));

        List<Alert> alerts = sectorAlerts.raise(List.of(first, second, overlapping));

        assertThat(alerts).extracting(alert -> alert.sector().number()).containsExactly(2, 3);
        List<String> entries = jdbc.sql("SELECT entry_bytes FROM ledger_entries WHERE action = 'monitoring.alert.raised'")
            .query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8))
            .list();
        for (Alert alert : alerts) {
            assertThat(entries).filteredOn(entry -> entry.contains(alert.id().toString())).hasSize(1);
            assertThat(raised.all()).anyMatch(event -> event.alertId().equals(alert.id()));
        }
        assertThat(sectorAlerts.lastWindowEnd(new Sector(2))).isEqualTo(start.plusSeconds(4 * 60));
    }

    /** Five violations a minute apart from {@code start}, in one sector. */
    private static SectorAlerts.Crossing crossing(int sector, Threshold threshold, Instant start) {
        List<BreachAlertRaised.Evidence> evidence = IntStream.range(0, 5)
            .mapToObj(i -> new BreachAlertRaised.Evidence(IncidentId.derivedFrom(start.plusSeconds(60L * i), new ReportId("radar-" + sector, "evt-" + i)),
                    Category.EXPLOSION_IMPACT, IncidentStatus.CORROBORATED, start.plusSeconds(60L * i), Oblast.DONETSK, 2, 2))
            .toList();
        return new SectorAlerts.Crossing(new Sector(sector), threshold, evidence);
    }

    /** Violation {@code i}: an acoustic sensor and a radar report the same explosion, 4 km further along the line each time. */
    private void corroboratedViolation(String acoustic, String acousticToken, String radar, String radarToken, int i, Instant now) throws Exception {
        double[] place = LinePlaces.at(LinePlaces.middleOf(SECTOR) - 20 + 4 * i);
        assertThat(LinePlaces.tags(place).sector().number()).isEqualTo(SECTOR);
        Instant seen = now.plusSeconds(i);
        ingest(acousticToken, LiveReports.json(acoustic, "ACOUSTIC", LiveReports.uid(), place[0], place[1], seen));
        ingest(radarToken, LiveReports.json(radar, "RADAR", LiveReports.uid(), place[0], place[1], seen.plusSeconds(5)));
    }

    private void ingest(String token, String report) throws Exception {
        mvc.perform(post("/api/v1/monitoring/reports").header("Authorization", "Source " + token).contentType(MediaType.APPLICATION_JSON).content(report))
            .andExpect(status().isAccepted());
    }

    private List<JsonNode> alertsOfSector() throws Exception {
        String body = mvc.perform(get("/api/v1/monitoring/alerts").with(users.as(Role.VIEWER))).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).valueStream().filter(alert -> alert.path("sector").asString().equals("S09")).toList();
    }

    private JsonNode awaitAlert() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> alert = alertsOfSector().stream().findFirst();
            if (alert.isPresent()) {
                return alert.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no alert for sector S09 within 15 s");
    }
}
