package org.clusterdev.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Collectors;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.Stage;
import org.clusterdev.registry.ClusterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class SelectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    AuditTrail audit;

    @Autowired
    JsonMapper json;

    @Autowired
    Interventions interventions;

    @BeforeEach
    void people() {
        SelectionFixtures.people(accounts);
    }

    @Test
    void twoAssessorsScoreIndependentlyAndTheChairSeesTheRanking() throws Exception {
        long round = openClusterRound("Independent scoring " + System.nanoTime());
        long konark = addCandidate(round, SelectionFixtures.clusterNamed(registry, "Konark"));
        long rourkela = addCandidate(round, SelectionFixtures.clusterNamed(registry, "Rourkela"));

        assess(SelectionFixtures.MINISTRY_ASSESSOR, round, konark, 8, false).andExpect(status().isNoContent());
        // having scored one of two candidates, the assessor still cannot see anyone's scores
        mvc.perform(get("/api/v1/selection/rounds/" + round).with(user(SelectionFixtures.MINISTRY_ASSESSOR)))
                .andExpect(jsonPath("$.results.visible").value(false))
                .andExpect(jsonPath("$.results.ranking", hasSize(0)));
        assess(SelectionFixtures.MINISTRY_ASSESSOR, round, rourkela, 5, false).andExpect(status().isNoContent());
        assess(SelectionFixtures.ODISHA_CELL, round, konark, 6, false).andExpect(status().isNoContent());
        assess(SelectionFixtures.ODISHA_CELL, round, rourkela, 9, true).andExpect(status().isNoContent());

        JsonNode results = results(SelectionFixtures.CHAIR, round);
        assertThat(results.get("visible").asBoolean()).isTrue();
        JsonNode first = results.get("ranking").get(0);
        assertThat(first.get("candidate").get("name").asString()).isEqualTo("Konark Stone Carving");
        assertThat(first.get("total").asDouble()).isEqualTo(70.0);
        assertThat(first.get("spread").asDouble()).isEqualTo(20.0);
        assertThat(first.get("highDisagreement").asBoolean()).isTrue();
        JsonNode second = results.get("ranking").get(1);
        // the state cell's 90 for Rourkela is shown but excluded: it declared a conflict of interest
        assertThat(second.get("total").asDouble()).isEqualTo(50.0);
        assertThat(second.get("assessors").findValues("excluded").stream().map(JsonNode::asBoolean))
                .containsExactlyInAnyOrder(false, true);
    }

    @Test
    void refusesAnAssessmentWithoutEvidenceNamingTheCriterionAndStoresNothing() throws Exception {
        long round = openClusterRound("Evidence " + System.nanoTime());
        long konark = addCandidate(round, SelectionFixtures.clusterNamed(registry, "Konark"));
        String body = assessmentBody(round, 7, false).replaceFirst("\"evidence\":\"[^\"]*\"", "\"evidence\":\" \"");
        mvc.perform(post("/api/v1/selection/rounds/" + round + "/candidates/" + konark + "/assessments")
                        .with(user(SelectionFixtures.MINISTRY_ASSESSOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores.MSME_DISTINCT_TECHNOLOGY_PRODUCT"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("evidence")));
        assess(SelectionFixtures.MINISTRY_ASSESSOR, round, konark, 7, false).andExpect(status().isNoContent());
        assess(SelectionFixtures.MINISTRY_ASSESSOR, round, konark, 7, false).andExpect(status().isConflict());
    }

    @Test
    void theChairDoesNotScoreAndAStateCellScoresOnlyItsState() throws Exception {
        long round = openClusterRound("Scope " + System.nanoTime());
        long rajkot = addCandidate(round, SelectionFixtures.clusterNamed(registry, "Rajkot"));
        assess(SelectionFixtures.CHAIR, round, rajkot, 7, false).andExpect(status().isForbidden());
        assess(SelectionFixtures.ODISHA_CELL, round, rajkot, 7, false).andExpect(status().isForbidden());
        assess(SelectionFixtures.FIELD_CDA, round, rajkot, 7, false).andExpect(status().isForbidden());
        assertThat(results(SelectionFixtures.CHAIR, round).get("ranking").get(0).get("assessors"))
                .isEmpty();
    }

    @Test
    void theChairDecidesAfterClosingWithAReasonAndTheQuotaIsChecked() throws Exception {
        long round = openClusterRound("Decision " + System.nanoTime());
        long konark = addCandidate(round, SelectionFixtures.clusterNamed(registry, "Konark"));
        assess(SelectionFixtures.MINISTRY_ASSESSOR, round, konark, 8, false).andExpect(status().isNoContent());
        decide(round, konark, "SELECTED", "Highest score").andExpect(status().isConflict());

        mvc.perform(post("/api/v1/selection/rounds/" + round + "/close")
                        .with(user(SelectionFixtures.CHAIR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isNoContent());
        decide(round, konark, "SELECTED", " ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide(round, konark, "SELECTED", "Highest score, strong local leadership")
                .andExpect(status().isNoContent());

        JsonNode results = results(SelectionFixtures.MINISTRY_ASSESSOR, round);
        assertThat(results.get("ranking")
                        .get(0)
                        .get("candidate")
                        .get("decision")
                        .asString())
                .isEqualTo("SELECTED");
        JsonNode quota = results.get("quota");
        assertThat(quota.get("selected").asInt()).isEqualTo(1);
        assertThat(quota.get("northEast").asInt()).isZero();
        assertThat(quota.get("northEastMet").asBoolean()).isFalse();
        assertThat(quota.get("byRegion").get("EAST").asInt()).isEqualTo(1);
        long intervention = results.get("ranking")
                .get(0)
                .get("candidate")
                .get("interventionId")
                .asLong();
        assertThat(interventions.find(intervention).orElseThrow().stage()).isEqualTo(Stage.SELECTED);
        assertThat(audit.history("selection-round", Long.toString(round)))
                .extracting(change -> change.action())
                .contains("OPEN", "ADD_CANDIDATE", "ASSESS", "CLOSE", "DECIDE");
    }

    @Test
    void anAgencyRoundScoresTheTwelveCriteriaOfAnnexThreeTwo() throws Exception {
        String created = mvc.perform(post("/api/v1/selection/rounds")
                        .with(user(SelectionFixtures.CHAIR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"AGENCY\",\"title\":\"Agencies " + System.nanoTime() + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long round = json.readTree(created).get("id").asLong();
        JsonNode criteria = json.readTree(
                        mvc.perform(get("/api/v1/selection/rounds/" + round).with(user(SelectionFixtures.CHAIR)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("round")
                .get("criteria");
        assertThat(criteria).hasSize(12);
        double total = 0;
        for (JsonNode criterion : criteria) {
            total += criterion.get("weight").asDouble();
        }
        assertThat(total).isEqualTo(100.0);
    }

    @Test
    void refusesARoundWithoutTitleOrSchemeNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/selection/rounds")
                        .with(user(SelectionFixtures.CHAIR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CLUSTER\",\"title\":\"No scheme\",\"framework\":\"MSME\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("schemeCode"));
        mvc.perform(post("/api/v1/selection/rounds")
                        .with(user(SelectionFixtures.FIELD_CDA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CDA\",\"title\":\"Not mine to open\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDocumentDescribesRoundsAgenciesAndCdas() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("paths");
        assertThat(paths.has("/api/v1/selection/rounds/{id}/candidates/{candidateId}/assessments"))
                .isTrue();
        assertThat(paths.has("/api/v1/agencies/{id}/engagements")).isTrue();
        assertThat(paths.has("/api/v1/cdas/assignments/{assignmentId}/end")).isTrue();
    }

    private long openClusterRound(String title) throws Exception {
        String body = mvc.perform(post("/api/v1/selection/rounds")
                        .with(user(SelectionFixtures.CHAIR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"CLUSTER","title":"%s","schemeCode":"SFURTI","framework":"MSME",
                                 "minNorthEastPercent":10}""".formatted(title)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private long addCandidate(long round, long clusterId) throws Exception {
        String body = mvc.perform(post("/api/v1/selection/rounds/" + round + "/candidates")
                        .with(user(SelectionFixtures.CHAIR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"referenceId\":" + clusterId + "}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private ResultActions assess(String assessor, long round, long candidate, int score, boolean conflict)
            throws Exception {
        return mvc.perform(post("/api/v1/selection/rounds/" + round + "/candidates/" + candidate + "/assessments")
                .with(user(assessor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(assessmentBody(round, score, conflict)));
    }

    private String assessmentBody(long round, int score, boolean conflict) throws Exception {
        JsonNode criteria = json.readTree(
                        mvc.perform(get("/api/v1/selection/rounds/" + round).with(user(SelectionFixtures.CHAIR)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("round")
                .get("criteria");
        List<String> scores = criteria.valueStream()
                .map(c -> "{\"criterion\":\"%s\",\"score\":%d,\"evidence\":\"Field visit notes\"}"
                        .formatted(c.get("code").asString(), score))
                .toList();
        return "{\"conflictOfInterest\":%s,\"conflictNote\":%s,\"scores\":[%s]}"
                .formatted(
                        conflict,
                        conflict ? "\"Former employee of the cluster's association\"" : "null",
                        scores.stream().collect(Collectors.joining(",")));
    }

    private ResultActions decide(long round, long candidate, String decision, String reason) throws Exception {
        return mvc.perform(post("/api/v1/selection/rounds/" + round + "/candidates/" + candidate + "/decision")
                .with(user(SelectionFixtures.CHAIR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"%s\",\"reason\":\"%s\"}".formatted(decision, reason)));
    }

    private JsonNode results(String user, long round) throws Exception {
        return json.readTree(
                        mvc.perform(get("/api/v1/selection/rounds/" + round).with(user(user)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("results");
    }
}
