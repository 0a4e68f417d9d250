package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mapping enterprise data in headless Chromium: a file with a bad row refused with its line, the same file uploaded
 * skipping it, a run followed on the job page to its candidates on the map and in the table, narrowed to new ones.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MappingBrowserIntegrationTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFileIsRefusedForABadRowThenMappedAndItsNewCandidateShownOnTheMapAndInTheList() throws Exception {
        Path file = enterpriseFile();
        Chromium.signInAsAdministrator(browser, "http://localhost:" + port);

        browser.get(url("/mapping"));
        browser.findElement(By.id("file")).sendKeys(file.toString());
        Chromium.press(browser, By.cssSelector("#upload-form button[type=submit]"));
        waitFor(By.id("upload-refused"));
        assertThat(browser.findElement(By.id("upload-refused")).getText()).contains("3");
        Chromium.screenshot(browser, "mapping-upload-refused.png");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        Chromium.press(browser, By.id("badRows-skip"));
        Chromium.press(browser, By.cssSelector("#upload-form button[type=submit]"));
        waitFor(By.id("dataset-bad-rows"));
        assertThat(browser.findElement(By.id("dataset-bad-rows")).getText()).isEqualTo("1");

        Chromium.press(browser, By.cssSelector("a[href*='/mapping/runs/new']"));
        waitFor(By.id("run-form"));
        WebElement eps = browser.findElement(By.id("epsKm"));
        eps.clear();
        eps.sendKeys("5");
        Chromium.press(browser, By.id("start-run"));
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("job-result")));
        Chromium.press(browser, By.id("job-result"));

        waitFor(By.id("candidates"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(By.id("mapping-map"), "data-ready", "true"));
        List<WebElement> markers = browser.findElements(By.cssSelector("#mapping-map path.leaflet-interactive"));
        assertThat(markers).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElements(By.cssSelector("#candidates tbody tr"))).hasSize(2);
        Chromium.screenshot(browser, "mapping-run-candidates.png");

        Chromium.press(browser, By.id("show-NEW"));
        waitFor(By.cssSelector("#show-NEW.active"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#candidates tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getAttribute("data-comparison")).isEqualTo("NEW");
        assertThat(rows.get(0).getText()).contains("Kamrup");
    }

    /** 60 engine firms at Rajkot (a registered sample cluster), 25 at Guwahati (none registered), a bad row. */
    private static Path enterpriseFile() throws Exception {
        StringBuilder csv = new StringBuilder("id,lat,lon,nic,employment,turnover_inr,exports_inr,district,state\n");
        csv.append("F-0001,22.3040,70.8020,28110,12,1500000,0,Rajkot,Gujarat\n");
        csv.append("BAD-1,abc,70.8,28110,5,0,0,Rajkot,Gujarat\n"); // line 3
        Random random = new Random(7);
        firms(csv, random, "R", 59, 22.3039, 70.8022, "Rajkot", "Gujarat");
        firms(csv, random, "G", 25, 26.1445, 91.7362, "Kamrup", "Assam");
        Path file = Files.createTempFile("enterprises", ".csv");
        Files.writeString(file, csv);
        file.toFile().deleteOnExit();
        return file;
    }

    private static void firms(
            StringBuilder csv,
            Random random,
            String prefix,
            int count,
            double lat,
            double lon,
            String district,
            String state) {
        for (int i = 0; i < count; i++) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s-%d,%.5f,%.5f,28110,%d,%d,0,%s,%s%n",
                    prefix,
                    i,
                    lat + (random.nextDouble() - 0.5) * 0.02,
                    lon + (random.nextDouble() - 0.5) * 0.02,
                    3 + random.nextInt(20),
                    200_000 + random.nextInt(2_000_000),
                    district,
                    state));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
