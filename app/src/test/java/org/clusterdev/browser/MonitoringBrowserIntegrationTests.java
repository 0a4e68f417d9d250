package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clusterdev.monitoring.ReportingPeriod;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reporting a quarter in headless Chromium: a refused value, its correction, three approvals, the dashboard and its
 * map.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MonitoringBrowserIntegrationTests {

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
    void aRefusedValueIsCorrectedApprovedAtEveryLevelAndThenCountsOnTheDashboard() throws Exception {
        // the intervention is a fixture row, stored closed so it never blocks the programme's tests from proposing
        // one for the same cluster and scheme: the lifecycle is not what this test is about
        long intervention = jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage,
                               closed_reason)
                        select id, state_code, 'IHCDP', 'Browser: Chanderi weavers', 'CLOSED', 'monitoring test fixture'
                        from registry.cluster where name like 'Chanderi%' order by id limit 1
                        returning id""").query(Long.class).single();
        int state = jdbc.sql("select state_code from programme.intervention where id = ?")
                .param(intervention)
                .query(Integer.class)
                .single();
        ReportingPeriod now = ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")));
        String dashboard = "/monitoring?indicator=TRAINEES&by=DISTRICT&state=" + state + "&dimension=GENDER";
        signIn();

        browser.get(url("/monitoring/interventions/" + intervention + "/reports/" + now.year() + "/" + now.quarter()));
        new Select(browser.findElement(By.id("value-indicator"))).selectByValue("TRAINEES");
        browser.findElement(By.id("value-value")).sendKeys("12.5");
        press(By.id("save-value"));
        waitFor(By.id("report-error"));
        assertThat(browser.findElement(By.id("report-error")).getText()).contains("counted in whole numbers");
        assertThat(browser.findElement(By.id("value-value")).getAttribute("class"))
                .contains("is-invalid");
        Chromium.screenshot(browser, "monitoring-value-refused.png");

        WebElement value = browser.findElement(By.id("value-value"));
        value.clear();
        value.sendKeys("12");
        press(By.id("save-value"));
        waitFor(By.id("report-saved"));
        new Select(browser.findElement(By.id("value-indicator"))).selectByValue("TRAINEES");
        new Select(browser.findElement(By.id("value-breakdown"))).selectByValue("GENDER:WOMEN");
        browser.findElement(By.id("value-value")).sendKeys("7");
        press(By.id("save-value"));
        waitFor(By.id("report-saved"));
        assertThat(browser.findElement(By.id("report-values")).getText()).contains("Trainees", "12", "Women", "7");

        browser.get(url(dashboard));
        waitFor(By.id("dashboard-empty"));
        Chromium.screenshot(browser, "monitoring-dashboard-before-approval.png");

        browser.get(url("/monitoring/interventions/" + intervention + "/reports/" + now.year() + "/" + now.quarter()));
        for (String level : new String[] {"implementing agency", "state cell", "scheme"}) {
            press(By.id("approve-report"));
            waitForText(By.id("report-approval"), "Approved by the " + level);
        }
        assertThat(browser.findElements(By.id("value-form"))).isEmpty();
        Chromium.screenshot(browser, "monitoring-report-approved.png");

        browser.get(url(dashboard));
        waitFor(By.id("dashboard-table"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> "true"
                        .equals(driver.findElement(By.id("dashboard-chart-data"))
                                .getDomAttribute("data-ready")));
        String total = browser.findElement(By.id("dashboard-total")).getText();
        assertThat(total).contains("12", "7");
        Chromium.screenshot(browser, "monitoring-dashboard-after-approval.png");

        // the same rows on the map: the district as a circle at the mean of its PIN codes, with a legend
        waitForMap();
        assertThat(Integer.parseInt(browser.findElement(By.id("dashboard-map")).getDomAttribute("data-drawn")))
                .isPositive();
        assertThat(browser.findElement(By.id("dashboard-map-legend")).getText()).contains("Actual");
        showMap();
        Chromium.screenshot(browser, "monitoring-dashboard-map-districts.png");

        // by state in Hindi: states shaded, and a click on one leads to its districts
        browser.get(url("/monitoring?indicator=TRAINEES&by=STATE&lang=hi"));
        waitForMap();
        assertThat(browser.findElement(By.id("dashboard-map-legend")).getText()).contains("वास्तविक");
        showMap();
        Chromium.screenshot(browser, "monitoring-dashboard-map-states-hi.png");
        ((JavascriptExecutor) browser).executeScript("""
                document.querySelector('#dashboard-map path.dashboard-map-place')
                    .dispatchEvent(new MouseEvent('click', {bubbles: true, view: window}));""");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("by=DISTRICT"));
        browser.get(url("/monitoring?lang=en"));
    }

    private void waitForMap() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver ->
                        "true".equals(driver.findElement(By.id("dashboard-map")).getDomAttribute("data-ready")));
    }

    private void showMap() {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('dashboard-map-section').scrollIntoView({block: 'start', behavior: 'instant'});");
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

    private void waitForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
