package org.clusterdev.monitoring;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.clusterdev.registry.ClusterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The monitoring pages and downloads as a browser or a spreadsheet program gets them (financial year 2005-06). */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class MonitoringPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterRegistry registry;

    long intervention;
    String reportPath;

    @BeforeEach
    void intervention() {
        intervention = new InterventionFixture(jdbc, registry)
                .implementing("Pages: Konark", "Konark Stone Carving", "ORISSA_SILPIGRAM");
        reportPath = "/monitoring/interventions/" + intervention + "/reports/2005/2";
    }

    @Test
    void aFormValueOutOfRangeIsShownWithItsFieldAndAFixedOneIsSavedAndApproved() throws Exception {
        mvc.perform(post(reportPath + "/values")
                        .with(csrf())
                        .param("indicator", "CAPACITY_UTILISATION")
                        .param("kind", "ACTUAL")
                        .param("breakdown", "TOTAL")
                        .param("value", "140"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"report-error\""), containsString("is at most 100, not 140"))));
        mvc.perform(post(reportPath + "/values")
                        .with(csrf())
                        .param("indicator", "CAPACITY_UTILISATION")
                        .param("kind", "ACTUAL")
                        .param("breakdown", "TOTAL")
                        .param("value", "64"))
                .andExpect(redirectedUrl(reportPath));
        mvc.perform(get(reportPath))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("64"), containsString("id=\"approve-report\""))));
        mvc.perform(post(reportPath + "/approve").with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl(reportPath));
        mvc.perform(get(reportPath))
                .andExpect(content()
                        .string(allOf(
                                containsString("Approved by the implementing agency"),
                                containsString("id=\"unlock-report\""))));
    }

    @Test
    void theDashboardAndItsDownloadsShowTheSameFigures() throws Exception {
        mvc.perform(multipart("/monitoring/upload")
                        .file(new MockMultipartFile("file", "values.csv", "text/csv", """
                                intervention,year,quarter,indicator,kind,breakdown,value
                                %1$d,2005,1,TRAINEES,ACTUAL,,30
                                %1$d,2005,1,TRAINEES,ACTUAL,GENDER:WOMEN,18
                                %1$d,2005,1,TRAINEES,TARGET,,40
                                """.formatted(intervention)
                                .getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/monitoring/reports"));
        String query = "?indicator=TRAINEES&approval=ENTERED&fromYear=2005&fromQuarter=1&toYear=2005&toQuarter=1"
                + "&state=21&by=DISTRICT&dimension=GENDER";
        mvc.perform(get("/monitoring" + query))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Puri"),
                                containsString("75.0 %"),
                                containsString("dashboard-chart-data"))));
        mvc.perform(get("/monitoring/export.csv" + query))
                .andExpect(header().string("Content-Disposition", containsString("dashboard-TRAINEES.csv")))
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "district,key,actual TOTAL,actual GENDER:WOMEN,actual GENDER:MEN,target TOTAL"),
                                containsString("Puri,Puri,30,18,,40,75.0,1"))));
        mvc.perform(get("/monitoring/export.xlsx" + query))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void theApiRefusesABadValueAsAProblemNamingTheFieldAndStoresAGoodOne() throws Exception {
        String body = """
                {"intervention": %d, "year": 2005, "quarter": 4, "indicator": "PRIVATE_SHARE", "kind": "ACTUAL",
                 "value": %s}""";
        mvc.perform(post("/api/v1/monitoring/values")
                        .contentType("application/json")
                        .content(body.formatted(intervention, "120")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("\"field\":\"value\""),
                                containsString("PRIVATE_SHARE is at most 100"))));
        mvc.perform(post("/api/v1/monitoring/values")
                        .contentType("application/json")
                        .content(body.formatted(intervention, "35")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/monitoring/dashboard?indicator=PRIVATE_SHARE&approval=ENTERED&fromYear=2005"
                        + "&fromQuarter=4&toYear=2005&toQuarter=4&state=21"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"actual\":{\"TOTAL\":35")));
    }

    @Test
    void anUploadWithABadRowListsItAndTheOtherPagesRender() throws Exception {
        mvc.perform(multipart("/monitoring/upload")
                        .file(new MockMultipartFile("file", "values.csv", "text/csv", """
                                intervention,year,quarter,indicator,kind,breakdown,value
                                %d,2005,3,FIRMS_SUPPORTED,ACTUAL,,2.5
                                """.formatted(intervention)
                                .getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"upload-problems\""), containsString("counted in whole numbers"))));
        for (String page : new String[] {
            "/monitoring/outcomes?fromYear=2005&toYear=2005&approval=ENTERED",
            "/monitoring/warnings",
            "/monitoring/indicators",
            "/monitoring/interventions/" + intervention,
            "/monitoring?by=SCHEME"
        }) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
        mvc.perform(get("/monitoring/outcomes/export.csv?fromYear=2005&toYear=2005&approval=ENTERED"))
                .andExpect(content().string(containsString("cluster,cluster_id,years,DOMESTIC_SALES")));
    }
}
