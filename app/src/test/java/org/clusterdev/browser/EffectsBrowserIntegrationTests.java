package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.ResultsReporting;
import org.clusterdev.monitoring.ValueEntry;
import org.clusterdev.monitoring.ValueKind;
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
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The effects pages in headless Chromium: benefits taken by the better endowed flagged, then a cluster's network
 * drawn and an institution refused for its missing name, then recorded and counted among firms in networks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EffectsBrowserIntegrationTests {

    static final ReportingPeriod Q1 = new ReportingPeriod(1997, 1);

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResultsReporting reporting;

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
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void theBetterEndowedAreFlaggedAndAClustersNetworkGrowsWithAnInstitutionRecorded() throws Exception {
        long cluster = jdbc.sql("""
                        insert into registry.cluster (name, product, nic_code, typology_code, state_code, latitude,
                               longitude, status)
                        values ('Browser: Efx Kappa', 'Fixture services', '96099', 'SERVICES', 35, 11.62, 92.72,
                               'IDENTIFIED') returning id""").query(Long.class).single();
        long intervention = jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage,
                               closed_reason)
                        values (?, 35, 'MSECDP', 'Browser: Efx Kappa', 'CLOSED', 'effects test fixture')
                        returning id""").param(cluster).query(Long.class).single();
        jdbc.sql("insert into registry.cluster_figure (cluster_id, year, enterprises) values (?, 2023, 80)")
                .param(cluster)
                .update();
        // exports 100 of which small and medium firms 90, while they are 10 of the 50 firms; Gini with benefit
        // .1/.3/.6 and firms .8/.16/.04: .224 + .476 + .084 = 0.784
        enter(intervention, "EXPORTS", "TOTAL", 100);
        enter(intervention, "EXPORTS", "SIZE_CLASS:MICRO", 10);
        enter(intervention, "EXPORTS", "SIZE_CLASS:SMALL", 30);
        enter(intervention, "EXPORTS", "SIZE_CLASS:MEDIUM", 60);
        enter(intervention, "CLUSTER_FIRMS", "TOTAL", 50);
        enter(intervention, "CLUSTER_FIRMS", "SIZE_CLASS:MICRO", 40);
        enter(intervention, "CLUSTER_FIRMS", "SIZE_CLASS:SMALL", 8);
        enter(intervention, "CLUSTER_FIRMS", "SIZE_CLASS:MEDIUM", 2);
        Chromium.signInAsAdministrator(browser, url(""));

        browser.get(
                url("/monitoring/effects?indicator=EXPORTS&fromYear=1997&toYear=1997&approval=ENTERED&interventions="
                        + intervention));
        waitFor(By.id("concentrated-SIZE_CLASS"));
        assertThat(browser.findElement(By.id("concentrated-SIZE_CLASS")).getText())
                .contains("90.0", "20.0");
        assertThat(browser.findElement(By.id("distribution-SIZE_CLASS")).getText())
                .contains("0.784");
        Chromium.screenshot(browser, "effects-inclusiveness.png");

        new Select(browser.findElement(By.id("effects-cluster"))).selectByVisibleText("Browser: Efx Kappa");
        Chromium.press(browser, By.id("effects-cluster-open"));
        waitFor(By.cssSelector("#network-chart-data[data-ready='true']"));
        assertThat(browser.findElement(By.id("institutions")).isDisplayed()).isTrue();

        ((JavascriptExecutor) browser).executeScript("document.getElementById('institution-on').value = '2023-11-20'");
        new Select(browser.findElement(By.id("institution-kind"))).selectByValue("CONSORTIUM");
        browser.findElement(By.id("institution-members")).sendKeys("20");
        Chromium.press(browser, By.id("institution-save"));
        waitFor(By.id("institution-error"));
        assertThat(browser.findElement(By.id("institution-error")).getText()).startsWith("name:");
        assertThat(browser.findElement(By.id("institution-name")).getAttribute("class"))
                .contains("is-invalid");
        assertThat(browser.findElement(By.id("institution-members")).getDomProperty("value"))
                .isEqualTo("20");

        browser.findElement(By.id("institution-name")).sendKeys("Kotpad Tussar Weavers Consortium");
        Chromium.press(browser, By.id("institution-save"));
        waitFor(By.id("effects-saved"));
        assertThat(browser.findElement(By.id("institutions-table")).getText())
                .contains("Kotpad Tussar Weavers Consortium", "20");
        // 20 member firms of the registry's 80 in 2023-24
        assertThat(browser.findElement(By.cssSelector("#network-table tr[data-year='2023']"))
                        .getText())
                .contains("25.0 %");
        Chromium.screenshot(browser, "effects-cluster.png");
    }

    private void enter(long intervention, String code, String breakdown, int value) {
        reporting.enter(
                new ValueEntry(intervention, Q1, code, ValueKind.ACTUAL, breakdown, BigDecimal.valueOf(value), true));
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
