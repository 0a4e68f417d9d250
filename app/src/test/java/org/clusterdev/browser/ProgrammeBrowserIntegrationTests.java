package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The programme's main flows in headless Chromium: the pipeline with an overdue intervention, a proposal, a move. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProgrammeBrowserIntegrationTests {

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
    void thePipelineShowsTheOverdueInterventionInRedAndItsPageNamesTheRuleHoldingItBack() throws Exception {
        signIn();
        browser.get(url("/programme"));
        assertThat(browser.findElements(By.cssSelector("#pipeline-entries tr.table-danger")))
                .extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains("Jaipur block printers", "30 days overdue"));
        assertThat(browser.findElement(By.id("pipeline-counts")).getText()).contains("MSECDP", "AHVY", "SFURTI");
        Chromium.screenshot(browser, "programme-pipeline.png");

        press(By.linkText("Jaipur block printers"));
        waitFor(By.id("next-action"));
        assertThat(browser.findElement(By.id("rules-pending")).getText())
                .contains("TRUST_BUILDING needs a diagnostic study validated by the resource organisation");
        assertThat(browser.findElement(By.id("move-button")).isEnabled()).isFalse();
        Chromium.screenshot(browser, "programme-intervention-refused.png");
    }

    @Test
    void aProposalIsMadeAndSelectedFromItsPage() throws Exception {
        signIn();
        browser.get(url("/programme/interventions/new"));
        new Select(browser.findElement(By.id("clusterId"))).selectByVisibleText("Nagaur Hand Tools");
        new Select(browser.findElement(By.id("schemeCode"))).selectByValue("RAJASTHAN_CDP");
        browser.findElement(By.id("title")).sendKeys("Nagaur hand tools upgradation");
        press(By.cssSelector("#propose-form button[type=submit]"));
        waitFor(By.id("next-action"));
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Proposed");

        browser.findElement(By.id("move-note")).sendKeys("ranked first in the state's round");
        press(By.id("move-button"));
        waitFor(By.id("moved"));
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Selected");
        assertThat(browser.findElement(By.id("history")).getText()).contains("ranked first in the state's round");
        Chromium.screenshot(browser, "programme-intervention-selected.png");
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
