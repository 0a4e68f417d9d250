package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An action plan revised and compared with its first version, and a release refused with its rule named. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlansBrowserIntegrationTests {

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
    void anActionPlanRevisionShowsWhatChangedWhyAndTheBudgetDeltas() throws Exception {
        signIn();
        long id = intervention("ACTION_PLAN");
        browser.get(url("/programme/interventions/" + id + "/action-plan"));
        fill(Map.of("start-startsOn", "2027-04-01", "start-durationYears", "3", "start-reason", "First plan"));
        press(By.id("start-plan-button"));
        waitFor(By.id("form-saved"));

        addActivity("CB07", "Skill training for machinists", "2027-04-01", "2027-09-30", "1", "600000", "400000");
        addActivity("MD14", "Stall at the engineering expo", "2027-11-01", "2027-11-30", "2", "300000", "200000");
        fill(Map.of(
                "management-year",
                "1",
                "management-amount-CENTRAL",
                "100000",
                "management-amount-BENEFICIARY",
                "100000"));
        press(By.id("save-management"));
        waitFor(By.id("form-saved"));
        assertThat(text("plan-rules")).contains("passes every funding rule");
        press(By.id("approve-plan"));
        waitFor(By.id("revise-form"));
        assertThat(text("version-1")).contains("approved");

        fill(Map.of("revise-reason", "Expo moved to the national fair in Delhi"));
        press(By.id("revise-plan"));
        waitFor(By.id("approve-plan"));
        browser.get(browser.findElement(By.id("edit-2")).getDomProperty("href"));
        fill(Map.of(
                "endsOn", "2027-12-15",
                "year", "2",
                "activity-amount-CENTRAL", "400000",
                "activity-amount-BENEFICIARY", "200000"));
        press(By.id("save-activity"));
        waitFor(By.id("form-saved"));
        press(By.id("remove-1"));
        waitFor(By.id("form-saved"));
        addActivity("TB04", "Visit to the Coimbatore cluster", "2027-04-15", "2027-04-20", "1", "100000", "100000");
        press(By.id("approve-plan"));
        waitFor(By.id("revise-form"));

        browser.get(browser.findElement(By.id("diff-2")).getDomProperty("href"));
        waitFor(By.id("diff-activities"));
        assertThat(text("diff-reason")).contains("Expo moved to the national fair in Delhi");
        assertThat(text("diff-who")).contains("Revised by admin, approved by admin");
        assertThat(text("diff-activity-1")).contains("Removed").contains("Skill training for machinists");
        assertThat(text("diff-activity-2"))
                .contains("Changed")
                .contains("End")
                .contains("2027-11-30")
                .contains("2027-12-15")
                .contains("+₹ 1 lakh");
        assertThat(text("diff-activity-3")).contains("Added").contains("Visit to the Coimbatore cluster");
        assertThat(text("diff-sources")).contains("Central government").contains("-₹ 4 lakh");
        Chromium.screenshot(browser, "action-plan-diff.png");
    }

    @Test
    void aSecondReleaseWithoutTheFirstTranchesCertificateIsRefusedWithTheRuleNamed() throws Exception {
        signIn();
        long id = intervention("IMPLEMENTING");
        browser.get(url("/programme/interventions/" + id + "/funding"));
        record("SANCTION", "5000000");
        record("RELEASE", "2000000");
        assertThat(text("next-tranche")).contains("tranche 2");
        record("RELEASE", "2000000");
        waitFor(By.id("refused-rules"));
        assertThat(text("refused-rules"))
                .contains("RELEASE_NEEDS_UTILISATION_CERTIFICATE")
                .contains("tranche 2 needs the utilisation certificate of tranche 1");
        assertThat(text("sum-RELEASE")).contains("₹ 20 lakh").doesNotContain("₹ 40 lakh");
        Chromium.screenshot(browser, "release-refused.png");
    }

    private void addActivity(
            String type, String title, String from, String to, String year, String central, String beneficiary) {
        new Select(browser.findElement(By.id("activityType"))).selectByValue(type);
        fill(Map.of(
                "title", title,
                "startsOn", from,
                "endsOn", to,
                "responsible", "Rajkot Engineering Association",
                "year", year,
                "activity-amount-CENTRAL", central,
                "activity-amount-BENEFICIARY", beneficiary));
        press(By.id("save-activity"));
        waitFor(By.id("form-saved"));
    }

    private void record(String kind, String amount) {
        new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
        new Select(browser.findElement(By.id("source"))).selectByValue("CENTRAL");
        fill(Map.of("amount", amount, "onDate", "2027-05-01"));
        press(By.id("record-entry"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.id("form-saved")).isEmpty()
                        || !driver.findElements(By.id("form-problem")).isEmpty());
    }

    /** A new intervention of the Rajkot sample cluster standing in the stage, as the lifecycle stores it. */
    private long intervention(String stage) {
        return jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage)
                        select id, state_code, 'MSECDP', 'Rajkot engine cluster development', ?
                        from registry.cluster where name = 'Rajkot Diesel Engines' returning id""").param(stage).query(Long.class).single();
    }

    /** Sets inputs by id; date inputs take their value through the DOM, as typing depends on the locale. */
    private void fill(Map<String, String> values) {
        values.forEach((id, value) -> ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
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
