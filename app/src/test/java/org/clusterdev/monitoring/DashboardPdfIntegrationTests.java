package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.clusterdev.programme.Stage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard as a PDF report, from the same query string as the page, with the figures the page shows. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class DashboardPdfIntegrationTests {

    @Autowired
    ResultsReporting reporting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theDashboardPdfShowsTheScopeTheRowsTheTotalAndTheQuarters() throws Exception {
        ReviewFixture fixture = new ReviewFixture(jdbc);
        String scheme = fixture.scheme("Dashboard report");
        long rajkot = fixture.intervention(scheme, "Rajkot Diesel Engines", Stage.IMPLEMENTING);
        long konark = fixture.intervention(scheme, "Konark Stone Carving", Stage.IMPLEMENTING);
        enter(rajkot, 1, ValueKind.TARGET, 100_000);
        enter(rajkot, 1, ValueKind.ACTUAL, 90_000);
        enter(konark, 2, ValueKind.TARGET, 50_000);
        enter(konark, 2, ValueKind.ACTUAL, 20_000);
        String query = "?indicator=SAVINGS&by=INTERVENTION&scheme=" + scheme
                + "&fromYear=2003&fromQuarter=1&toYear=2003&toQuarter=4&approval=ENTERED";

        byte[] pdf = mvc.perform(get("/monitoring/dashboard.pdf" + query))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String text = EvaluationsIntegrationTests.text(pdf);
        assertThat(text)
                .contains("Dashboard: Additional savings generated")
                .contains("2003-04 Q1")
                .contains("2003-04 Q4")
                .contains(scheme)
                .contains("Development of Rajkot Diesel Engines under " + scheme + " ₹ 90,000 ₹ 1 lakh 90.0 %")
                .contains("Development of Konark Stone Carving under " + scheme + " ₹ 20,000 ₹ 50,000 40.0 %")
                // 90,000 + 20,000 against 1,00,000 + 50,000
                .contains("Total ₹ 1.1 lakh ₹ 1.5 lakh 73.3 %")
                .contains("By quarter");
        mvc.perform(get("/monitoring" + query))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/monitoring/dashboard.pdf?indicator=SAVINGS")));
        mvc.perform(get("/monitoring/dashboard.pdf?indicator=NOTHING")).andExpect(status().isBadRequest());
        mvc.perform(get("/monitoring/dashboard.pdf?by=PLANET")).andExpect(status().isBadRequest());
    }

    private void enter(long intervention, int quarter, ValueKind kind, long value) {
        reporting.enter(new ValueEntry(
                intervention,
                new ReportingPeriod(2003, quarter),
                "SAVINGS",
                kind,
                "TOTAL",
                BigDecimal.valueOf(value),
                false));
    }
}
