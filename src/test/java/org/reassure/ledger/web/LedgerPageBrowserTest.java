package org.reassure.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reassure.ledger.LedgerView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The record page in a real headless Chromium: the browser checks an entry against the signed
 * tree head by itself (WebCrypto SHA-256 and Ed25519, RFC 9162 in JavaScript), and reports a
 * proof tampered with on its way from the server as failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerPageBrowserTest {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	LedgerView view;

	@BeforeAll
	static void startBrowser() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
				"--user-data-dir=" + Files.createTempDirectory("reassure-chromium-"));
		browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private WebElement verifyFirstEntry() {
		WebElement button = browser.findElement(By.cssSelector("#entries tbody tr button.verify"));
		String seq = button.getDomAttribute("data-seq");
		button.click();
		WebElement result = browser.findElement(By.id("verify-result-" + seq));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !result.getText().isBlank() && !result.getText().contains("checking"));
		return result;
	}

	@Test
	void theBrowserVerifiesAnEntryAndCatchesATamperedProof() throws Exception {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-password-for-tests");
		browser.findElement(By.id("sign-in")).click();
		view.signTreeHead();
		browser.get("http://localhost:" + port + "/ledger?module=access");
		assertThat(browser.findElement(By.id("head-root")).getText()).hasSize(64);

		WebElement verified = verifyFirstEntry();
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/ledger-page-verified.png"), browser.getScreenshotAs(OutputType.BYTES));
		assertThat(verified.getText()).startsWith("verified");
		assertThat(verified.getDomAttribute("class")).contains("ok");

		// A man in the middle flips one bit of the first hash of every inclusion proof.
		browser.executeScript("""
				const fetchFromServer = window.fetch;
				window.fetch = async (url, init) => {
				  const response = await fetchFromServer(url, init);
				  if (!String(url).includes('/proofs/inclusion')) return response;
				  const proof = await response.json();
				  const first = proof.path[0];
				  proof.path[0] = (first[0] === '0' ? '1' : '0') + first.substring(1);
				  return new Response(JSON.stringify(proof), { status: 200, headers: { 'Content-Type': 'application/json' } });
				};""");
		WebElement failed = verifyFirstEntry();
		Files.write(Path.of("target/ledger-page-tampered.png"), browser.getScreenshotAs(OutputType.BYTES));
		assertThat(failed.getText()).startsWith("failed");
		assertThat(failed.getDomAttribute("class")).contains("bad");
	}
}
