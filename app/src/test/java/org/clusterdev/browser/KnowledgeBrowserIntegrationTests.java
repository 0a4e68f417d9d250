package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The knowledge flows in headless Chromium: upload a PDF, find it by a Hindi word, follow a suggested lesson. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KnowledgeBrowserIntegrationTests {

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
    void uploadsAPdfAndFindsItByAHindiWord() throws Exception {
        signIn();
        browser.get(url("/documents"));
        browser.findElement(By.id("file"))
                .sendKeys(Path.of("src/test/resources/knowledge/diagnostic-bhadohi.pdf")
                        .toAbsolutePath()
                        .toString());
        browser.findElement(By.id("title")).sendKeys("Bhadohi carpet cluster: diagnostic study");
        new Select(browser.findElement(By.id("kind"))).selectByValue("DIAGNOSTIC_REPORT");
        browser.findElement(By.id("year")).sendKeys("2024");
        Chromium.screenshot(browser, "knowledge-upload-form.png");
        press(By.id("upload-document"));
        waitFor(By.id("document-title"));
        assertThat(browser.findElement(By.id("document-excerpt")).getText()).contains("कालीन");
        Chromium.screenshot(browser, "knowledge-document.png");

        browser.get(url("/search"));
        browser.findElement(By.id("q")).sendKeys("कालीन");
        press(By.id("search-button"));
        waitFor(By.id("hits"));
        WebElement hits = browser.findElement(By.id("hits"));
        assertThat(hits.getText()).contains("Bhadohi carpet cluster: diagnostic study");
        assertThat(hits.findElements(By.tagName("mark")))
                .extracting(WebElement::getText)
                .contains("कालीन");
        Chromium.screenshot(browser, "knowledge-search-hindi.png");
        browser.findElement(By.linkText("Bhadohi carpet cluster: diagnostic study"))
                .click();
        waitFor(By.id("document-title"));
    }

    @Test
    void followsALessonSuggestedOnASimilarClustersPage() throws Exception {
        signIn();
        browser.get(url("/practices"));
        browser.findElement(By.id("practice-title")).sendKeys("Common forging shop halves rejects");
        new Select(browser.findElement(By.id("practice-cluster"))).selectByVisibleText("Jalandhar Hand Tools");
        browser.findElement(By.id("practice-problem")).sendKeys("Small forges with high rejection rates");
        browser.findElement(By.id("practice-action")).sendKeys("A shared power hammer and heat treatment unit");
        browser.findElement(By.id("practice-result")).sendKeys("Rejects fell from 12% to 5%");
        browser.findElement(By.id("practice-cost")).sendKeys("2500000");
        new Select(browser.findElement(By.id("practice-activity"))).selectByValue("TECHNOLOGY_UPGRADATION");
        press(By.id("record-practice"));
        waitFor(By.id("practice-record"));

        browser.get(url("/clusters?q=Nagaur"));
        browser.get(browser.findElement(By.linkText("Nagaur Hand Tools")).getDomProperty("href"));
        waitFor(By.cssSelector("#lesson-list .lesson"));
        WebElement lessons = browser.findElement(By.id("lesson-list"));
        assertThat(lessons.getText())
                .contains("Common forging shop halves rejects")
                .contains("same NIC class 2593");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", lessons);
        Chromium.screenshot(browser, "knowledge-cluster-lessons.png");
        lessons.findElement(By.linkText("Common forging shop halves rejects")).click();
        waitFor(By.id("practice-title"));
        assertThat(browser.findElement(By.id("practice-record")).getText()).contains("Rejects fell from 12% to 5%");
        Chromium.screenshot(browser, "knowledge-practice.png");
    }

    private void signIn() {
        Chromium.signInAsAdministrator(browser, url(""));
    }

    private void press(By locator) {
        Chromium.press(browser, locator);
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
