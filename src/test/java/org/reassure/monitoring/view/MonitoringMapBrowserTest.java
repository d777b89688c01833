package org.reassure.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reassure.Browser;
import org.reassure.monitoring.LinePlaces;
import org.reassure.monitoring.LiveReports;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * A monitor watches the live map in a real headless Chromium: an incident ingested after the page opened appears
 * without a reload, then turns corroborated when a second kind of sensor reports it; the histogram, the daily report
 * (in French) and the alerts pages render.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringMapBrowserTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin-password-for-tests".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anIncidentIngestedAfterThePageOpenedAppearsLiveAndTurnsCorroborated() throws Exception {
        String acoustic = LiveReports.sourceId("acoustic");
        String radar = LiveReports.sourceId("radar");
        String acousticToken = register(acoustic, "ACOUSTIC");
        String radarToken = register(radar, "RADAR");
        double[] place = LinePlaces.at(LinePlaces.middleOf(6));

        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "admin-password-for-tests");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
            browser.open("/monitoring");
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("incident-map"), "data-state", "ready"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("incident-map"), "data-live", "open"));
            assertThat(browser.driver().findElements(By.cssSelector("#incident-map path.leaflet-interactive"))).as("zones and sectors").hasSizeGreaterThan(10);
            long shown = Long.parseLong(browser.driver().findElement(By.id("incident-count")).getText());
            long matching = Long.parseLong(browser.driver().findElement(By.id("incident-map")).getDomAttribute("data-matching"));
            assertThat(matching).as("incidents matching, from the list's header").isGreaterThanOrEqualTo(shown);
            assertThat(browser.driver().findElement(By.id("map-truncated")).isDisplayed()).as("told the map is cut").isEqualTo(matching > shown);
            JavascriptExecutor script = (JavascriptExecutor) browser.driver();
            script.executeScript("window.openedOnce = true;");

            Instant seen = LiveReports.now();
            String uid = LiveReports.uid();
            ingest(acousticToken, LiveReports.json(acoustic, "ACOUSTIC", uid, place[0], place[1], seen));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#incident-map .incident-symbol.category-EXPLOSION_IMPACT.status-NEW")));
            browser.waiting().until(driver -> driver.findElements(By.cssSelector("#latest-incidents tbody tr")).size() >= 1);
            assertThat(script.executeScript("return window.openedOnce === true")).as("no reload").isEqualTo(true);
            String row = browser.driver().findElement(By.cssSelector("#latest-incidents tbody tr")).getText();
            assertThat(row).contains("Explosion, impact", "New", "S06");

            ingest(radarToken, LiveReports.json(radar, "RADAR", LiveReports.uid(), place[0], place[1], seen.plusSeconds(10)));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#incident-map .incident-symbol.category-EXPLOSION_IMPACT.status-CORROBORATED")));
            assertThat(script.executeScript("return window.openedOnce === true")).isEqualTo(true);
            browser.screenshot("monitoring-live-map");

            browser.open("/monitoring/histogram");
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("histogram-chart"), "data-state", "drawn"));
            assertThat(Integer.parseInt(browser.driver().findElement(By.id("histogram-total")).getText())).isGreaterThanOrEqualTo(1);
            browser.screenshot("monitoring-histogram");

            browser.open("/monitoring/daily");
            browser.driver().findElement(By.id("lang-fr")).click();
            browser.waiting().until(ExpectedConditions.textMatches(By.id("daily-heading"), java.util.regex.Pattern.compile("Rapport quotidien.*")));
            assertThat(Integer.parseInt(browser.driver().findElement(By.id("daily-violations")).getText())).isGreaterThanOrEqualTo(1);
            browser.screenshot("monitoring-daily-report-fr");
            browser.driver().findElement(By.id("lang-en")).click();

            browser.open("/monitoring/alerts");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sector alerts");
        }
    }

    private String register(String id, String type) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/monitoring/sources"))
            .header("Authorization", ADMIN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\",\"name\":\"Browser test sensor\",\"sourceType\":\"" + type + "\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).path("token").asString();
    }

    private void ingest(String token, String report) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/monitoring/reports"))
            .header("Authorization", "Source " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(report))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }
}
