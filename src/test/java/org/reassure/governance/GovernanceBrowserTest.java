package org.reassure.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reassure.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * In headless Chromium: a secretariat user opens a qualified-majority proposal, the liaisons of
 * two nations vote (changing and withdrawing a ballot on the way), and the proposal page explains
 * the result, live and then final, in English and French.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reassure.governance.decide-every=PT1S")
@Import(MovableClock.Setup.class)
class GovernanceBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	private Browser session;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		session = new Browser(port);
		browser = session.driver();
		wait = session.waiting();
	}

	@AfterEach
	void stopBrowser() {
		session.close();
	}

	@Test
	void aSecretariatOpensAQualifiedMajorityTwoLiaisonsVoteAndThePageExplainsTheResult() throws IOException {
		Http http = new Http(port);
		http.user("web-secretariat", null, "SECRETARIAT");
		http.user("web-liaison-fr", "FR", "NATION_LIAISON");
		http.user("web-liaison-de", "DE", "NATION_LIAISON");
		http.user("web-viewer", null, "VIEWER");

		signIn("web-secretariat");
		open("/governance/proposals?lang=en");
		browser.findElement(By.id("open-proposal")).click();
		type("title", "Mandate of the Multinational Force Ukraine");
		type("text", "The coalition adopts the mandate of the Multinational Force Ukraine, to deploy after a ceasefire at Ukraine's request.");
		new Select(browser.findElement(By.id("component"))).selectByValue("MULTINATIONAL_FORCE");
		new Select(browser.findElement(By.id("kind"))).selectByValue("QUALIFIED_MAJORITY");
		type("electorate", "FR, DE, PL");
		screenshot("governance-new-proposal");
		browser.findElement(By.id("open")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-title")));
		String proposal = browser.getCurrentUrl().replaceAll("\\?.*", "");
		assertThat(text("outcome")).isEqualTo("Pending");
		assertThat(text("rule")).contains("Qualified majority").contains("55 %").contains("65 %");

		signIn("web-liaison-fr");
		browser.get(proposal + "?lang=en");
		ballot("NO", "Ballot cast.", "No");
		ballot("YES", "Ballot changed.", "Yes");
		signIn("web-liaison-de");
		browser.get(proposal + "?lang=en");
		ballot("ABSTAIN", "Ballot cast.", "Abstain");
		WebElement withdraw = browser.findElement(By.id("withdraw"));
		withdraw.click();
		wait.until(Browser.left(withdraw));
		assertThat(text("done")).isEqualTo("Ballot withdrawn.");
		assertThat(text("elector-DE")).contains("no ballot");
		ballot("YES", "Ballot cast.", "Yes");

		signIn("web-viewer");
		browser.get(proposal);
		assertThat(browser.findElements(By.id("ballot-box"))).as("viewers have no ballot").isEmpty();
		assertThat(text("explanation")).isEqualTo("Pending, would pass if the deadline were now: 2 of 3 members (66.6 % >= 55 %) "
				+ "representing 80.5 % of the population (>= 65 %) voted yes; 0 no, 0 abstained, 1 did not vote.");
		assertThat(text("elector-PL")).contains("no ballot");

		clock.advance(Duration.ofDays(8));
		browser.navigate().refresh();
		assertThat(text("outcome")).isEqualTo("Passed");
		assertThat(text("explanation")).isEqualTo("Passed: 2 of 3 members (66.6 % >= 55 %) representing 80.5 % of the population (>= 65 %) "
				+ "voted yes; 0 no, 0 abstained, 1 did not vote.");
		screenshot("governance-proposal-passed");

		browser.get(proposal + "?lang=fr");
		assertThat(text("outcome")).isEqualTo("Adoptée");
		assertThat(text("explanation")).startsWith("Adoptée : 2 des 3 membres (66,6 % >= 55 %) représentant 80,5 % de la population (>= 65 %) ont voté oui");
		screenshot("governance-proposal-passed-fr");
		open("/governance/proposals?lang=en");
		assertThat(browser.findElement(By.id("proposals")).getText()).contains("Mandate of the Multinational Force Ukraine").contains("Passed");
		screenshot("governance-proposals");

		signIn("web-liaison-fr");
		browser.get(proposal + "?lang=en");
		assertThat(text("closed")).startsWith("Voting closed at the deadline");
		assertThat(browser.findElements(By.id("ballot-form"))).isEmpty();
	}

	@Test
	void theStatutesPageStatesTheRulesInForceInEnglishAndFrench() throws IOException {
		new Http(port).user("web-viewer", null, "VIEWER");
		signIn("web-viewer");

		open("/governance/statutes?lang=en");
		assertThat(text("statutes-title")).isEqualTo("Statutes: how the coalition decides");
		assertThat(text("article-QUALIFIED_MAJORITY")).contains("at least 55 % of the electorate and represent at least 65 % of its weight")
			.contains("Platform rule");
		assertThat(text("article-PURPOSE")).contains("From the sources").contains("trouver un moyen de décider ensemble");
		assertThat(text("article-PROPOSALS")).contains("Only the coalition secretariat opens proposals");
		assertThat(text("weight-FR")).contains("68,402,000");
		screenshot("governance-statutes");

		open("/governance/statutes?lang=fr");
		assertThat(text("article-UNANIMITY")).contains("Unanimité avec abstention constructive").contains("au moins 33,33 % du corps électoral");
		assertThat(text("article-BALLOTS")).contains("Règle de la plateforme");
	}

	/** Chooses on the open proposal page, submits, and checks the page confirms it. */
	private void ballot(String choice, String confirmation, String shown) {
		click(By.id("choice-" + choice));
		WebElement cast = click(By.id("cast"));
		wait.until(Browser.left(cast));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		assertThat(text("done")).isEqualTo(confirmation);
		assertThat(text("my-ballot")).endsWith(shown);
	}

	/**
	 * Clicks the element once the page under it has settled: a click that lands while the previous page is still
	 * being replaced (Chromium: "does not belong to the document") is tried again until the wait times out.
	 */
	private WebElement click(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(driver -> {
			WebElement element = driver.findElement(locator);
			element.click();
			return element;
		});
	}

	private void signIn(String user) {
		browser.manage().deleteAllCookies();
		open("/login");
		type("username", user);
		type("password", Http.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void type(String id, String value) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private void screenshot(String name) {
		session.screenshot(name);
	}
}
