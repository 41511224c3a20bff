package io.nexuszero.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.monitor.support.FakeTarget;
import io.nexuszero.monitor.support.Fixtures;
import io.nexuszero.common.testing.Http;
import io.nexuszero.monitor.support.Alerts;
import io.nexuszero.monitor.support.TestConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The status page at {@code GET /}: as HTML over HTTP, and in a real headless Chromium driven by Selenium. */
@ExtendWith(DropwizardExtensionsSupport.class)
class StatusPageTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final FakeTarget WEB = FakeTarget.start();
    static final FakeTarget DB = FakeTarget.start().answer(FakeTarget.Mode.FAIL);

    static final DropwizardAppExtension<MonitorConfiguration> APP = new DropwizardAppExtension<>(
            MonitorApplication.class, TestConfig.in(TestConfig.tempDirectory("status-page").resolve("data"))
            .target("web", WEB.url(), "300ms", "2s")
            .target("db", DB.url(), "300ms", "2s")
            .write());

    @BeforeAll
    static void openAnIncidentAndWaitForChecks() throws Exception {
        ObjectNode payload = (ObjectNode) Http.JSON.readTree(Fixtures.firing());
        ((ObjectNode) payload.get("alerts").get(1).get("annotations"))
                .put("summary", "<script>document.title='owned'</script> & more");
        assertThat(Alerts.post(APP.getLocalPort(), payload.toString()).status()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            String overall = Http.getJson(APP.getLocalPort(), "/v1/status").get("overall").asText();
            if (overall.equals("degraded")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("web up and db down not reported within 10 s");
    }

    @AfterAll
    static void stopTargets() {
        WEB.close();
        DB.close();
    }

    @Test
    void theHtmlRefreshesItselfAndEscapesWhatComesFromOutside() {
        Http.Reply page = Http.get(APP.getLocalPort(), "/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("<meta http-equiv=\"refresh\" content=\"5\">")
                .contains("data-target=\"web\" data-status=\"up\"")
                .contains("data-target=\"db\" data-status=\"down\"")
                .contains("status 503")
                .contains("<polyline points=\"")
                .contains("crypto-service is down")
                .contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt; &amp; more")
                .doesNotContain("<script>");
        for (String window : List.of("1h", "24h", "7d", "30d")) {
            assertThat(html).contains("data-window=\"" + window + "\"");
        }
    }

    @Test
    void aRealBrowserShowsEveryTargetAndTheOpenIncident(@TempDir Path profile) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipping the browser test: Chromium is not installed (/usr/bin/chromium and /usr/bin/chromedriver"
                        + " come from Debian's packages: apt-get install chromium chromium-driver)");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600");
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            browser.get("http://127.0.0.1:" + APP.getLocalPort() + "/");

            assertThat(browser.getTitle()).isEqualTo("NexusZero status: degraded");
            assertThat(browser.findElement(By.id("overall")).getText()).isEqualTo("NexusZero is degraded");
            WebElement web = browser.findElement(By.cssSelector("section.target[data-target='web']"));
            assertThat(web.getAttribute("data-status")).isEqualTo("up");
            assertThat(web.findElement(By.cssSelector(".pill")).getText()).isEqualToIgnoringCase("up");
            WebElement db = browser.findElement(By.cssSelector("section.target[data-target='db']"));
            assertThat(db.getAttribute("data-status")).isEqualTo("down");
            assertThat(db.getText()).contains("status 503");
            assertThat(db.findElements(By.cssSelector(".uptime-value"))).hasSize(4);
            assertThat(db.findElement(By.cssSelector("svg.sparkline")).isDisplayed()).isTrue();

            List<WebElement> open = browser.findElements(By.cssSelector("#open-incidents li.incident.open"));
            assertThat(open).extracting(e -> e.getAttribute("data-alertname"))
                    .containsExactlyInAnyOrder("CryptoServiceDown", "HighErrorRate");
            assertThat(browser.findElement(By.cssSelector("li[data-alertname='CryptoServiceDown']")).getText())
                    .contains("crypto-service is down").containsIgnoringCase("critical");
            // The injected script was shown as text, never run.
            assertThat(browser.findElement(By.cssSelector("li[data-alertname='HighErrorRate']")).getText())
                    .contains("<script>document.title='owned'</script> & more");
            assertThat(browser.getTitle()).doesNotContain("owned");

            File screenshot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path saved = Path.of("target", "status-page.png");
            Files.createDirectories(saved.getParent());
            Files.copy(screenshot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(saved)).isGreaterThan(10_000);
        } finally {
            browser.quit();
            service.stop();
        }
    }
}
