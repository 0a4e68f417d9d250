package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.clusterdev.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main flows in a real headless Chromium (Debian packages {@code chromium} and {@code chromium-driver}).
 * Without them the tests are skipped with a message, except where {@code CLUSTERDEV_REQUIRE_BROWSER=true}
 * (set by CI), where a missing browser fails the build.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserIntegrationTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CLUSTERDEV_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium is required: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("clusterdev-chromium"),
                "--lang=en-IN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        Files.createDirectories(SCREENSHOTS);
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
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(OutputType.FILE)
                .toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
