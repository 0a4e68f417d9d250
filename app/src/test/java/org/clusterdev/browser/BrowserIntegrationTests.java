package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clusterdev.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in, the language switch and the API page in a real headless Chromium (see {@link Chromium}). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserIntegrationTests {

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
    void signsInSwitchesToHindiAndKeepsTheChoice() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(TestDatabase.ADMIN_USERNAME);
        browser.findElement(By.id("password")).sendKeys(TestDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        waitFor(By.id("signed-in-user"));
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo(TestDatabase.ADMIN_USERNAME);
        waitForMap();
        screenshot("home-en.png");

        browser.findElement(By.id("switch-language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver ->
                        "hi".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.id("totals")).getText()).contains("रजिस्ट्री में क्लस्टर");
        waitForMap();
        screenshot("home-hi.png");

        browser.get(url("/clusters"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("क्लस्टर");
        assertThat(browser.findElement(By.id("clusters")).getText()).contains("करोड़");
        browser.findElement(By.id("switch-language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver ->
                        "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void showsTheBrowsableApiPage() throws Exception {
        browser.get(url("/api"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("body"), "/api/v1/geography/states"));
        screenshot("api.png");
    }

    private void waitForMap() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> !driver.findElements(By.cssSelector("#cluster-map path.leaflet-interactive"))
                        .isEmpty());
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
