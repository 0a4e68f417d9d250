package org.clusterdev.monitoring.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The evaluation endpoints' refusals and their place in the OpenAPI document; the lifecycle test uses them. */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersAnUnknownEvaluationOrInterventionWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/evaluations/987654321").with(user("admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(post("/api/v1/interventions/987654321/evaluations")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"kind\": \"MID_TERM\", \"evaluator\": \"NISIET\", \"evaluatedOn\": \"2025-09-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("intervention"));
        mvc.perform(post("/api/v1/evaluations/987654321/completion")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/api/v1/evaluations/987654321/findings")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"theme\": \"FINANCE\", \"text\": \"Loans came through\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentListsTheEvaluationEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/interventions/{id}/evaluations'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/interventions/{id}/evaluations'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/evaluations/{id}']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/evaluations/{id}/findings']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/evaluations/{id}/lessons']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/evaluations/{id}/completion']")
                        .exists())
                .andExpect(jsonPath("$.tags[*].name", hasItem("Evaluations")));
    }
}
