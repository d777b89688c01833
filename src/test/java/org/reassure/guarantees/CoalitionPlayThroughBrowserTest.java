package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.reassure.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coalition's play-through in a real headless Chromium: a liaison records a commitment in case
 * of attack and takes it through its government and parliament; the secretariat opens a
 * qualified-majority proposal, two liaisons vote and a viewer reads the explained result; the
 * secretariat declares the ceasefire and its entry into force, a Special Commission member opens a
 * breach review and determines an attack, and the dashboard shows the consultation with its
 * deadline and who has not answered; the liaison then answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoalitionPlayThroughBrowserTest {

	static final String PASSWORD = "password-for-browser-tests";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void liaisonsCommitAndRatifyVoteAQualifiedMajorityTheSecretariatDeclaresACeasefireTheCommissionDeterminesAnAttackAndTheDashboardShowsWhoMustAnswer() throws Exception {
		openAccount("gb-liaison-e2e", "\"GB\"", "NATION_LIAISON");
		openAccount("no-liaison-e2e", "\"NO\"", "NATION_LIAISON");
		openAccount("secretariat-e2e", "null", "SECRETARIAT");
		openAccount("commission-e2e", "null", "COMMISSION");
		openAccount("viewer-e2e", "null", "VIEWER");
		call("no-liaison-e2e", "/api/v1/guarantees/commitments",
				"{\"component\":\"COMMITMENTS_IF_ATTACKED\",\"kind\":\"SANCTIONS\",\"startsOn\":\"2026-03-01\"}", 201);

		try (Browser browser = new Browser(port)) {
			WebDriver driver = browser.driver();
			signIn(browser, "gb-liaison-e2e");
			browser.open("/guarantees/commitments");
			new Select(driver.findElement(By.id("commitment-component"))).selectByValue("COMMITMENTS_IF_ATTACKED");
			new Select(driver.findElement(By.id("commitment-kind"))).selectByValue("AIR_POLICING");
			driver.findElement(By.id("commitment-quantity")).sendKeys("12");
			new Select(driver.findElement(By.id("commitment-unit"))).selectByValue("AIRCRAFT");
			setDate(driver, "commitment-starts", "2026-03-01");
			setDate(driver, "commitment-ends", "2028-02-29");
			driver.findElement(By.id("condition-ONLY_AFTER_CEASEFIRE")).click();
			driver.findElement(By.id("commitment-description")).sendKeys("Typhoon detachment on call");
			driver.findElement(By.id("commitment-submit")).click();
			waiting(browser).until(ExpectedConditions.attributeToBe(By.id("commitment-status"), "data-status", "INTENT"));
			assertThat(driver.findElement(By.id("commitment-history")).getText()).contains("gb-liaison-e2e");
			browser.screenshot("guarantees-commitment-recorded");
			ratify(browser, "government-approval", "GOVERNMENT_APPROVED");
			ratify(browser, "parliament-approval", "PARLIAMENT_APPROVED");
			signOut(browser);

			String proposal = openQualifiedMajorityProposal(browser);
			vote(browser, "gb-liaison-e2e", proposal);
			vote(browser, "no-liaison-e2e", proposal);
			signIn(browser, "viewer-e2e");
			driver.get(proposal + "?lang=en");
			assertThat(driver.findElement(By.id("explanation")).getText())
				.startsWith("Pending, would pass if the deadline were now: 2 of 3 members (66.6 % >= 55 %)");
			browser.screenshot("play-through-proposal-explained");
			signOut(browser);

			signIn(browser, "secretariat-e2e");
			move(browser, "DECLARE_CEASEFIRE", "Both parties signed the ceasefire agreement", "CEASEFIRE_DECLARED");
			move(browser, "CEASEFIRE_ENTERS_INTO_FORCE", "The ceasefire took effect at midnight", "CEASEFIRE_IN_FORCE");
			assertThat(driver.findElements(By.id("move-OPEN_BREACH_REVIEW"))).as("the secretariat may not open a breach review").isEmpty();
			signOut(browser);

			signIn(browser, "commission-e2e");
			move(browser, "OPEN_BREACH_REVIEW", "Artillery fire reported across the line of contact", "BREACH_UNDER_REVIEW");
			move(browser, "DETERMINE_ATTACK", "Fire attributed to Russian forces", "ATTACK_DETERMINED");
			waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("consultation-countdown")));
			assertThat(driver.findElement(By.id("consultation-deadline")).getText()).matches(".*20\\d\\d.*");
			waiting(browser).until(d -> d.findElement(By.id("consultation-countdown")).getText().matches("7[01] h \\d\\d min \\d\\d s"));
			assertThat(driver.findElement(By.id("consultation-awaited")).getText()).contains("GB").contains("NO");
			assertThat(driver.findElement(By.id("activation-history")).getText()).contains("commission-e2e").contains("secretariat-e2e");
			browser.screenshot("guarantees-attack-determined");
			signOut(browser);

			signIn(browser, "gb-liaison-e2e");
			browser.open("/guarantees?lang=fr");
			new Select(driver.findElement(By.cssSelector("#consultation-answer select[name=position]"))).selectByValue("ACTS");
			driver.findElement(By.cssSelector("#consultation-answer textarea[name=statement]")).sendKeys("Quatre Typhoon en alerte sous 24 heures");
			clickAndAwaitReload(browser, driver.findElement(By.cssSelector("#consultation-answer button")));
			waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("consultation-answered"), "GB"));
			assertThat(driver.findElement(By.id("consultation-awaited")).getText()).contains("NO").doesNotContain("GB");
			assertThat(driver.findElement(By.id("activation-state")).getText()).isEqualTo("Attaque constatée");
			browser.screenshot("guarantees-consultation-fr");
		}
	}

	private static void ratify(Browser browser, String step, String expectedStatus) {
		clickAndAwaitReload(browser, browser.driver().findElement(By.cssSelector("#commitment-" + step + " button")));
		waiting(browser).until(ExpectedConditions.attributeToBe(By.id("commitment-status"), "data-status", expectedStatus));
	}

	private static String openQualifiedMajorityProposal(Browser browser) {
		WebDriver driver = browser.driver();
		signIn(browser, "secretariat-e2e");
		browser.open("/governance/proposals?lang=en");
		driver.findElement(By.id("open-proposal")).click();
		driver.findElement(By.id("title")).sendKeys("Rules of engagement of the Multinational Force Ukraine");
		driver.findElement(By.id("text")).sendKeys("The coalition adopts the rules of engagement of the force, to apply once the ceasefire is in force.");
		new Select(driver.findElement(By.id("component"))).selectByValue("MULTINATIONAL_FORCE");
		new Select(driver.findElement(By.id("kind"))).selectByValue("QUALIFIED_MAJORITY");
		driver.findElement(By.id("electorate")).clear();
		driver.findElement(By.id("electorate")).sendKeys("GB, NO, PL");
		driver.findElement(By.id("open")).click();
		waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-title")));
		String proposal = driver.getCurrentUrl().replaceAll("\\?.*", "");
		signOut(browser);
		return proposal;
	}

	private static void vote(Browser browser, String liaison, String proposal) {
		signIn(browser, liaison);
		browser.driver().get(proposal + "?lang=en");
		browser.driver().findElement(By.id("choice-YES")).click();
		browser.driver().findElement(By.id("cast")).click();
		waiting(browser).until(ExpectedConditions.textToBe(By.id("done"), "Ballot cast."));
		signOut(browser);
	}

	private void move(Browser browser, String transition, String reason, String expectedState) {
		browser.open("/guarantees");
		browser.driver().findElement(By.cssSelector("#move-" + transition + " textarea[name=reason]")).sendKeys(reason);
		clickAndAwaitReload(browser, browser.driver().findElement(By.cssSelector("#move-" + transition + " button")));
		waiting(browser).until(ExpectedConditions.attributeToBe(By.id("activation-state"), "data-state", expectedState));
	}

	/** Waits through the page reload a form's redirect causes. */
	private static FluentWait<WebDriver> waiting(Browser browser) {
		return browser.waiting().ignoring(StaleElementReferenceException.class);
	}

	/** Submits a form and waits until the browser has left the page it was on. */
	private static void clickAndAwaitReload(Browser browser, WebElement button) {
		button.click();
		waiting(browser).until(Browser.left(button));
	}

	private static void signIn(Browser browser, String user) {
		browser.signIn(user, PASSWORD);
		waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private static void signOut(Browser browser) {
		browser.driver().findElement(By.id("logout")).click();
		waiting(browser).until(ExpectedConditions.urlContains("/login"));
	}

	private static void setDate(WebDriver driver, String id, String isoDate) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), isoDate);
	}

	private void openAccount(String username, String nation, String role) throws Exception {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"nation\":" + nation + ",\"roles\":[\"" + role + "\"]}";
		HttpResponse<String> response = http.send(request("admin", "admin-password-for-tests", "/api/v1/users", body), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private void call(String user, String path, String body, int expected) throws Exception {
		HttpResponse<String> response = http.send(request(user, PASSWORD, path, body), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
	}

	private HttpRequest request(String user, String password, String path, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}
}
