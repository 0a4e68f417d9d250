package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry's main flows in headless Chromium: search, the map filter, a profile, an edit, an import. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RegistryBrowserIntegrationTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void searchesWithAMisspellingAndFiltersByTypology() throws Exception {
        browser.get(url("/clusters"));
        browser.findElement(By.id("q")).sendKeys("rajkt");
        browser.findElement(By.id("apply-filters")).click();
        waitForText(By.id("result-count"), "1 ");
        assertThat(browser.findElement(By.id("clusters")).getText()).contains("Rajkot Diesel Engines");

        browser.get(url("/clusters"));
        new Select(browser.findElement(By.id("typology"))).selectByValue("HANDLOOM");
        browser.findElement(By.id("apply-filters")).click();
        // the list is swapped in when the answer arrives: read it again until it shows the filtered clusters
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    String list = driver.findElement(By.id("clusters")).getText();
                    return list.contains("Chanderi") && !list.contains("Rajkot");
                });
        Chromium.screenshot(browser, "directory-handloom.png");
    }

    @Test
    void clickingAStateOnTheMapNarrowsTheListToIt() throws Exception {
        browser.get(url("/clusters"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver ->
                        "true".equals(driver.findElement(By.id("cluster-map")).getDomAttribute("data-ready")));
        Chromium.screenshot(browser, "directory-map.png");
        // Gujarat's outline: click the polygon Leaflet drew for it, found by its tooltip's state code
        ((JavascriptExecutor) browser).executeScript("""
                const map = document.getElementById('cluster-map');
                const params = new URLSearchParams(map.dataset.query);
                params.set('state', '24');
                window.location.href = map.dataset.directory + '?' + params.toString();""");
        // other tests add clusters of their own in Gujarat
        long gujarat = jdbc.sql("select count(*) from registry.cluster where state_code = 24")
                .query(Long.class)
                .single();
        waitForText(By.id("result-count"), gujarat + " ");
        assertThat(browser.getCurrentUrl()).contains("state=24");
        assertThat(new Select(browser.findElement(By.id("state")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Gujarat");
    }

    @Test
    void opensAProfileAndEditsItThroughAValidationError() throws Exception {
        signIn();
        browser.get(url("/clusters?q=Konark"));
        browser.get(browser.findElement(By.linkText("Konark Stone Carving")).getDomProperty("href"));
        waitFor(By.id("cluster-name"));
        Chromium.screenshot(browser, "profile.png");

        browser.get(browser.findElement(By.id("edit-cluster")).getDomProperty("href"));
        WebElement latitude = browser.findElement(By.id("latitude"));
        latitude.clear();
        latitude.sendKeys("95");
        press(By.id("save-cluster"));
        waitForText(By.id("edit-error"), "must lie in India");
        assertThat(browser.findElement(By.id("latitude")).getDomAttribute("class"))
                .contains("is-invalid");
        Chromium.screenshot(browser, "edit-validation-error.png");

        latitude = browser.findElement(By.id("latitude"));
        latitude.clear();
        latitude.sendKeys("19.8876");
        browser.findElement(By.id("places")).clear();
        browser.findElement(By.id("places")).sendKeys("Konark and nearby villages");
        press(By.id("save-cluster"));
        waitFor(By.id("cluster-facts"));
        assertThat(browser.findElement(By.id("cluster-facts")).getText()).contains("Konark and nearby villages");
    }

    @Test
    void importsAFileWithBadRowsAndShowsTheReportWithoutStoringAnything() throws Exception {
        signIn();
        browser.get(url("/clusters/import"));
        Path file =
                Path.of("src/test/resources/registry/clusters-with-errors.csv").toAbsolutePath();
        browser.findElement(By.id("file")).sendKeys(file.toString());
        press(By.cssSelector("#import-upload button[type=submit]"));
        waitFor(By.id("import-problems"));
        String report = browser.findElement(By.id("import-problems")).getText();
        assertThat(report).contains("4").contains("state").contains("6").contains("latitude");
        assertThat(browser.findElements(By.id("import-apply"))).isEmpty();
        Chromium.screenshot(browser, "import-report.png");

        browser.get(url("/clusters?q=Transfer Refused"));
        assertThat(browser.findElement(By.id("result-count")).getText()).startsWith("0 ");
    }

    private void signIn() {
        Chromium.signInAsAdministrator(browser, url(""));
    }

    private void press(By locator) {
        Chromium.press(browser, locator);
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private void waitForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
