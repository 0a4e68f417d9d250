package org.clusterdev.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rating a cluster in headless Chromium from its profile: a criterion left unscored, the fix, the frame. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RatingsBrowserIntegrationTests {

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
    void aRatingWithACriterionLeftOutIsRefusedThenSavedAndShownInTheFrame() throws Exception {
        long cluster = jdbc.sql("""
                        insert into registry.cluster (name, product, nic_code, typology_code, state_code, latitude,
                               longitude, status)
                        values ('Browser: Cuttack Filigree', 'Silver filigree', '32112', 'HANDICRAFT', 21, 20.46, 85.88,
                               'IDENTIFIED') returning id""").query(Long.class).single();
        Chromium.signInAsAdministrator(browser, url(""));

        browser.get(url("/clusters/" + cluster));
        Chromium.press(browser, By.id("cluster-ratings"));
        waitFor(By.id("cluster-frames"));
        Chromium.press(browser, By.cssSelector("tr[data-scheme='CLUSTER_GENERAL'] a[href*='/rate']"));
        waitFor(By.id("rating-scores"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.findElement(By.id("rating-year")).clear();
        browser.findElement(By.id("rating-year")).sendKeys("2024");
        String[][] scores = {
            {"ECONOMIC", "3"}, {"COLLABORATION", "2"}, {"EMPLOYMENT", "2"}, {"ENVIRONMENT", "1"}, {"INSTITUTIONS", "2"}
        };
        for (String[] score : scores) {
            new Select(browser.findElement(By.id("score-" + score[0]))).selectByValue(score[1]);
        }
        browser.findElement(By.id("note-ECONOMIC")).sendKeys("orders from two exporters");
        Chromium.press(browser, By.id("save-rating"));
        waitFor(By.id("rating-error"));
        assertThat(browser.findElement(By.id("rating-error")).getText()).contains("scores.INCLUSIVENESS", "not scored");
        assertThat(browser.findElement(By.id("score-INCLUSIVENESS")).getAttribute("class"))
                .contains("is-invalid");
        assertThat(new Select(browser.findElement(By.id("score-ECONOMIC")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("3");
        Chromium.screenshot(browser, "ratings-criterion-not-scored.png");

        new Select(browser.findElement(By.id("score-INCLUSIVENESS"))).selectByValue("1");
        Chromium.press(browser, By.id("save-rating"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating-saved")));
        // 25x3 + 20x2 + 15x2 + 15x1 + 15x2 + 10x1 = 200; / 4 = 50.00, grade C
        assertThat(browser.findElement(By.id("frame-total")).getText()).contains("50.00");
        assertThat(browser.findElement(By.id("frame-table")).getText()).contains("orders from two exporters", "C");
        Chromium.screenshot(browser, "ratings-three-year-frame.png");
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
