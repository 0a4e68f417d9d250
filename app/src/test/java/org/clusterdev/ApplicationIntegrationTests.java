package org.clusterdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterdev.geography.Geography;
import org.clusterdev.registry.ClusterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Boots the whole application on PostgreSQL with its migrations, reference data and sample clusters. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Geography geography;

    @Autowired
    ClusterRegistry registry;

    @Test
    void reportsHealthUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void loadsReferenceGeographyAndGeocodesAPinCode() {
        assertThat(geography.states()).hasSize(36);
        assertThat(geography.pinCount()).isGreaterThan(19_000);
        var bhubaneswar = geography.locate("751001").orElseThrow();
        assertThat(bhubaneswar.stateName()).isEqualTo("Odisha");
        assertThat(bhubaneswar.latitude()).isBetween(19.5, 21.0);
    }

    @Test
    void loadsTheSampleClustersWithTheirFigures() {
        assertThat(registry.count()).isGreaterThanOrEqualTo(20);
        assertThat(registry.all())
                .anySatisfy(cluster -> assertThat(cluster.name()).containsIgnoringCase("Rajkot"))
                .anySatisfy(cluster -> assertThat(cluster.employment()).isNotNull());
    }

    @Test
    void showsTheHomePageInEnglishAndHindi() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("clusters in the registry")));
        mvc.perform(get("/").param("lang", "hi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"hi\"")))
                .andExpect(content().string(containsString("रजिस्ट्री में क्लस्टर")));
    }

    @Test
    void showsMoneyInLakhAndCroreOnTheClusterList() throws Exception {
        mvc.perform(get("/clusters"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(" crore")));
    }

    @Test
    void answersApiErrorsAsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/geography/pincodes/12ab"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("pin"));
        mvc.perform(get("/api/v1/geography/pincodes/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void showsAFriendlyPageForAnUnknownPublicAddress() throws Exception {
        mvc.perform(get("/geography/states/99"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We could not find this page")));
    }

    @Test
    void publishesTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/geography/states']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
    }
}
