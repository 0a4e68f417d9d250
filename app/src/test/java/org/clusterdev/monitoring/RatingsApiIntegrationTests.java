package org.clusterdev.monitoring;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Ratings through the API: the grids, a rating recorded with its total and grade, the frame, and refusals. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class RatingsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RatingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RatingFixture(jdbc);
    }

    @Test
    void aRatingPostedGetsItsTotalAndGradeAndShowsInTheClustersFrameAndTheSchemesFrame() throws Exception {
        long cluster = fixture.cluster("Ratings API: Moradabad Brass", "Brass ware", "25993", "HANDICRAFT");
        mvc.perform(get("/api/v1/ratings/schemes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("CLUSTER_GENERAL")))
                .andExpect(jsonPath("$[*].code", hasItem("BMO")));
        mvc.perform(get("/api/v1/ratings/schemes/CLUSTER_GENERAL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria[0].code").value("ECONOMIC"));

        // 25x4 + 20x3 + 15x3 + 15x2 + 15x2 + 10x3 = 295; / 4 = 73.75 -> B
        mvc.perform(post("/api/v1/ratings")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"scheme":"CLUSTER_GENERAL","year":2024,"cluster":%d,
                                 "scores":{"ECONOMIC":4,"COLLABORATION":3,"EMPLOYMENT":3,"ENVIRONMENT":2,
                                           "INSTITUTIONS":2,"INCLUSIVENESS":3},
                                 "notes":{"ECONOMIC":"two new export buyers"},"note":"field visit"}""".formatted(cluster)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(73.75))
                .andExpect(jsonPath("$.grade").value("B"));

        mvc.perform(get("/api/v1/ratings/schemes/CLUSTER_GENERAL/clusters/{id}", cluster)
                        .param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0]").value(2023))
                .andExpect(jsonPath("$.ratings[1].total").value(73.75))
                .andExpect(jsonPath("$.ratings[2]").doesNotExist());
        mvc.perform(get("/api/v1/ratings/schemes/CLUSTER_GENERAL/frame")
                        .param("year", "2024")
                        .param("size", "500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[2]").value("2024-25"))
                .andExpect(jsonPath("$.items[*].subjectName", hasItem("Ratings API: Moradabad Brass")));
    }

    @Test
    void refusalsAreProblemsNamingTheFieldAndStoreNothing() throws Exception {
        long cluster = fixture.cluster("Ratings API: Refused", "Brass ware", "25993", "HANDICRAFT");
        mvc.perform(post("/api/v1/ratings")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"scheme":"CLUSTER_GENERAL","year":2024,"cluster":%d,
                                 "scores":{"ECONOMIC":4,"COLLABORATION":3,"EMPLOYMENT":3,"ENVIRONMENT":2,
                                           "INSTITUTIONS":2,"INCLUSIVENESS":null}}""".formatted(cluster)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("scores.INCLUSIVENESS"));
        mvc.perform(post("/api/v1/ratings")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scheme\":\"CLUSTER_GENERAL\",\"cluster\":%d}".formatted(cluster)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        org.assertj.core.api.Assertions.assertThat(fixture.ratings(cluster)).isZero();

        mvc.perform(get("/api/v1/ratings/schemes/NO_SUCH_GRID")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ratings/schemes/CLUSTER_GENERAL/frame").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/ratings/schemes/CLUSTER_GENERAL/frame").param("size", "5"))
                .andExpect(jsonPath("$.items[*].subjectName", not(hasItem("Ratings API: Refused"))));
    }
}
