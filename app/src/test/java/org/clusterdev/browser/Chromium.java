package org.clusterdev.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.clusterdev.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests (Debian packages {@code chromium} and {@code chromium-driver}).
 * Without them the tests are skipped with a message, except where {@code CLUSTERDEV_REQUIRE_BROWSER=true}
 * (set by CI), where a missing browser fails the build.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {}

    static WebDriver start() throws IOException {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CLUSTERDEV_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium is required: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
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
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        Files.createDirectories(SCREENSHOTS);
        return browser;
    }

    /** Signs the administrator in at {@code site} (the server's address), unless someone is signed in already. */
    static void signInAsAdministrator(WebDriver browser, String site) {
        browser.get(site + "/login");
        if (!browser.findElements(By.id("signed-in-user")).isEmpty()) {
            return;
        }
        browser.findElement(By.id("username")).sendKeys(TestDatabase.ADMIN_USERNAME);
        browser.findElement(By.id("password")).sendKeys(TestDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    /** Clicks an element after scrolling it to the middle of the window at once (Bootstrap scrolls smoothly). */
    static void press(WebDriver browser, By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
