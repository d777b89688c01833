package org.reassure.coalition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.reassure.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A secretariat member's first visit, in a real headless Chromium: sign in, switch to French,
 * filter the participants, open one participant's sources, look at the map.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoalitionPagesBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void signsInSwitchesToFrenchFiltersParticipantsReadsSourcesAndSeesTheMap() {
		try (Browser browser = new Browser(port)) {
			browser.signIn("admin", "admin-password-for-tests");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

			browser.open("/participants").driver().findElement(By.id("lang-fr")).click();
			browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Participants"));
			assertThat(browser.driver().findElement(By.id("apply-filters")).getText()).isEqualTo("Filtrer");
			int everyone = rows(browser);

			new Select(browser.driver().findElement(By.id("filter-role"))).selectByValue("CO_CHAIR");
			browser.driver().findElement(By.id("apply-filters")).click();
			browser.waiting().until(d -> rows(browser) == 2);
			assertThat(everyone).isGreaterThan(2);
			assertThat(browser.driver().findElements(By.cssSelector("#participants tbody tr")))
				.extracting(row -> row.getAttribute("data-code"))
				.containsExactlyInAnyOrder("FR", "GB");
			browser.screenshot("participants-filtered-fr");

			browser.driver().findElement(By.cssSelector("tr[data-code='GB'] a.participant-link")).click();
			browser.waiting().until(ExpectedConditions.textToBe(By.id("participant-name"), "Royaume-Uni"));
			WebElement claims = browser.driver().findElement(By.id("claims"));
			assertThat(claims.findElements(By.cssSelector("q")).size()).isGreaterThan(0);
			assertThat(claims.getText()).contains("Coprésident");

			claims.findElement(By.cssSelector("a.source")).click();
			browser.waiting().until(ExpectedConditions.urlContains("/sources"));
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sources");

			browser.open("/map");
			browser.waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-state", "drawn"));
			int drawn = Integer.parseInt(browser.driver().findElement(By.id("map")).getAttribute("data-participants-drawn"));
			assertThat(drawn).isGreaterThanOrEqualTo(30);
			assertThat(browser.driver().findElements(By.cssSelector("#map path.leaflet-interactive"))).hasSizeGreaterThan(100);
			browser.screenshot("participants-map");
		}
	}

	private static int rows(Browser browser) {
		return browser.driver().findElements(By.cssSelector("#participants tbody tr")).size();
	}
}
