package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Scored selection in headless Chromium: a chair opens a round, two assessors score it, the ranking shows. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SelectionBrowserIntegrationTests {

    static final String PASSWORD = "a long enough passphrase";
    static final String CHAIR = "browser.chair";
    static final String FIRST_ASSESSOR = "browser.ministry";
    static final String SECOND_ASSESSOR = "browser.ro";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration accounts;

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
    void twoAssessorsScoreIndependentlyAndTheChairSeesTheRanking() throws Exception {
        person(CHAIR, Role.SCHEME_ADMINISTRATOR);
        person(FIRST_ASSESSOR, Role.MINISTRY);
        person(SECOND_ASSESSOR, Role.RESOURCE_ORGANISATION);

        signIn(CHAIR);
        browser.get(url("/selection"));
        browser.findElement(By.id("title")).sendKeys("SFURTI clusters, browser round");
        new Select(browser.findElement(By.id("kind"))).selectByValue("CLUSTER");
        new Select(browser.findElement(By.id("schemeCode"))).selectByValue("SFURTI");
        new Select(browser.findElement(By.id("framework"))).selectByValue("MSME");
        press(By.id("open-round-button"));
        waitFor(By.id("round-title"));
        String round = browser.getCurrentUrl();
        addCandidate("Konark Stone Carving");
        addCandidate("Rourkela Engineering");
        assertThat(browser.findElement(By.id("candidates")).getText())
                .contains("Konark Stone Carving")
                .contains("Rourkela Engineering");
        Chromium.screenshot(browser, "selection-round-candidates.png");

        signIn(FIRST_ASSESSOR);
        browser.get(round);
        assertThat(browser.findElement(By.id("results-hidden")).isDisplayed()).isTrue();
        assess("Konark Stone Carving", 8, false);
        // one of two scored: the assessor still sees nobody's scores
        assertThat(browser.findElements(By.id("ranking"))).isEmpty();
        assess("Rourkela Engineering", 6, false);
        waitFor(By.id("ranking"));

        signIn(SECOND_ASSESSOR);
        browser.get(round);
        assertThat(browser.findElements(By.id("ranking"))).isEmpty();
        Chromium.screenshot(browser, "selection-results-hidden.png");
        assess("Konark Stone Carving", 7, false);
        assess("Rourkela Engineering", 10, true);

        signIn(CHAIR);
        browser.get(round);
        waitFor(By.id("ranking"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#ranking tbody tr"));
        assertThat(rows.get(0).getText())
                .startsWith("1")
                .contains("Konark Stone Carving")
                .contains("75.0");
        assertThat(rows.get(1).getText())
                .startsWith("2")
                .contains("Rourkela Engineering")
                .contains("60.0");
        assertThat(rows.get(1).findElements(By.cssSelector(".excluded"))).hasSize(1);
        scrollTo(By.id("results-heading"));
        Chromium.screenshot(browser, "selection-ranking.png");

        press(By.id("close-round-button"));
        waitForText(By.id("round-status"), "closed");
        WebElement decision = browser.findElement(By.cssSelector("#ranking tbody tr .decision-form"));
        decision.findElement(By.name("reason")).sendKeys("Highest total; strong artisan societies");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", decision);
        decision.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.id("quota"));
        waitForText(By.id("ranking"), "Highest total; strong artisan societies");
        assertThat(browser.findElement(By.id("north-east-quota")).getText()).contains("short of the quota of 10");
        scrollTo(By.id("ranking"));
        Chromium.screenshot(browser, "selection-decision-quota.png");
    }

    private void addCandidate(String name) {
        new Select(browser.findElement(By.id("referenceId"))).selectByVisibleText(name);
        press(By.id("add-candidate-button"));
        waitForText(By.id("candidates"), name);
    }

    private void assess(String candidate, int score, boolean conflict) throws Exception {
        WebElement row = browser.findElements(By.cssSelector("#candidates tbody tr")).stream()
                .filter(r -> r.getText().contains(candidate))
                .findFirst()
                .orElseThrow();
        browser.get(row.findElement(By.cssSelector(".assess-link")).getDomProperty("href"));
        waitFor(By.id("assessment"));
        for (WebElement select : browser.findElements(By.cssSelector("#assessment select"))) {
            new Select(select).selectByValue(Integer.toString(score));
        }
        for (WebElement evidence : browser.findElements(By.cssSelector("#assessment textarea"))) {
            evidence.sendKeys("Seen on the field visit");
        }
        if (conflict) {
            press(By.id("conflictOfInterest"));
            browser.findElement(By.id("conflictNote")).sendKeys("Adviser to the cluster's association");
            Chromium.screenshot(browser, "selection-assessment-conflict.png");
        }
        press(By.id("submit-assessment"));
        waitFor(By.id("round-title"));
    }

    private void person(String username, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, username, PASSWORD, List.of(new RoleGrant(role, Scope.nation())));
        }
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        waitFor(By.id("signed-in-user"));
    }

    private void scrollTo(By locator) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
                        browser.findElement(locator));
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
