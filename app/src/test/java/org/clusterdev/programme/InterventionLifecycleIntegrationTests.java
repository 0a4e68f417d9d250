package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.clusterdev.registry.ClusterProfiles;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.selection.AgencyAndCdaFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One intervention from proposal to self-management through the REST API, one step per stage: what each stage
 * needs is done first, then the intervention moves on. A stage that gains a condition gains a line in its step.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InterventionLifecycleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    ClusterProfiles profiles;

    @Autowired
    Interventions interventions;

    @Autowired
    JsonMapper json;

    long id;

    @Test
    void anInterventionGoesFromProposalToSelfManagementThroughTheApi() throws Exception {
        propose();
        select();
        putAgencyAndCdaInPlace();
        studyTheCluster();
        buildTrust();
        drawUpTheActionPlan();
        approveTheBudget();
        implement();
        evaluate();
        handOver();
        becomeSelfManaging();

        mvc.perform(get("/api/v1/interventions/" + id + "/history").with(user("admin")))
                .andExpect(jsonPath("$.length()").value(Stage.values().length - 1));
    }

    private void propose() throws Exception {
        long chanderi = registry.search(ClusterSearch.everything().withText("Chanderi"), 0, 1)
                .get(0)
                .id();
        JsonNode created = body(mvc.perform(post("/api/v1/interventions")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clusterId\":" + chanderi
                                + ",\"schemeCode\":\"IHCDP\",\"title\":\"Chanderi handloom development\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.intervention.stage").value("PROPOSED"))
                .andExpect(jsonPath("$.nextStage").value("SELECTED")));
        id = created.get("intervention").get("id").asLong();
    }

    private void select() throws Exception {
        move(Stage.SELECTED).andExpect(status().isOk());
    }

    private void putAgencyAndCdaInPlace() throws Exception {
        move(Stage.AGENCY_AND_CDA_IN_PLACE).andExpect(status().isConflict());
        long chanderi = registry.search(ClusterSearch.everything().withText("Chanderi"), 0, 1)
                .get(0)
                .id();
        AgencyAndCdaFixture.putInPlace(mvc, id, chanderi);
        move(Stage.AGENCY_AND_CDA_IN_PLACE).andExpect(status().isOk());
    }

    private void studyTheCluster() throws Exception {
        move(Stage.DIAGNOSTIC_STUDY).andExpect(status().isOk());
        move(Stage.TRUST_BUILDING)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.refusals", hasItem(ValidatedStudyCheck.RULE)));
        JsonNode study = body(mvc.perform(put("/api/v1/interventions/" + id + "/study")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"sections": {"PROFILE": "About 3,500 handlooms in Chanderi town and villages",
                                              "PRODUCTS_AND_MARKETS": "Silk-cotton saris sold through master weavers",
                                              "VISION": "Weavers selling under their own brand"},
                                 "findings": [{"theme": "MARKET_DEVELOPMENT", "kind": "PROBLEM",
                                               "description": "Weavers depend on master weavers for orders"},
                                              {"theme": "TECHNOLOGY_UPGRADATION", "kind": "OPPORTUNITY",
                                               "description": "Jacquard looms for new designs"}],
                                 "figures": [{"indicator": "looms", "value": 3500, "unit": "looms", "year": 2025},
                                             {"indicator": "employment", "value": 9000, "unit": "persons", "year": 2025}],
                                 "stakeholdersConsulted": ["Weavers' cooperative", "Master weavers", "Handloom office"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gapsForValidation.length()").value(0)));
        mvc.perform(post("/api/v1/interventions/" + id + "/study/validation")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"checked in the field\",\"version\":"
                                + study.get("study").get("version").asInt() + "}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/interventions/" + id + "/study/baseline").with(user("admin")))
                .andExpect(jsonPath("$[?(@.indicator == 'looms')].value").value(hasItem(3500)));
        mvc.perform(get("/api/v1/interventions/" + id + "/study/problems").with(user("admin")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].theme").value("MARKET_DEVELOPMENT"));
        move(Stage.TRUST_BUILDING).andExpect(status().isOk());
    }

    private void buildTrust() throws Exception {
        move(Stage.ACTION_PLAN).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/interventions/" + id + "/trust-activities")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"activityCode": "TB08", "heldOn": "2026-01-15", "participants": 24,
                                 "actors": "Weavers, NABARD, handloom office", "outcome": "A consortium of 24 weavers",
                                 "bodyFormed": "CONSORTIUM", "bodyName": "Chanderi Weavers Consortium"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bodyFormed").value("CONSORTIUM"));
        assertThat(profiles.find(clusterOf(id)).orElseThrow().stakeholders()).anySatisfy(actor -> {
            assertThat(actor.name()).isEqualTo("Chanderi Weavers Consortium");
            assertThat(actor.kind()).isEqualTo("CONSORTIUM");
        });
        move(Stage.ACTION_PLAN).andExpect(status().isOk());
    }

    private void drawUpTheActionPlan() throws Exception {
        move(Stage.BUDGET_APPROVED)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.refusals", hasItem("BUDGET_APPROVED needs an approved action plan")));
        String plan = "/api/v1/interventions/" + id + "/action-plan";
        // the study's problem (market development) seeds the draft's activity 1; the plan gives it money and dates
        send(post(plan), """
                        {"startsOn": "2026-04-01", "durationYears": 5, "reason": "Plan from the diagnostic study"}""")
                .andExpect(
                        jsonPath("$.versions[0].activities[0].activityTypeCode").value("MD01"));
        send(put(plan + "/activities/1?version=0"), """
                        {"activityType": "MD16", "title": "Common brand for Chanderi saris", "startsOn": "2026-04-01",
                         "endsOn": "2031-03-31", "responsible": "Chanderi Weavers Consortium",
                         "outputs": "A registered brand", "indicators": "sales under the brand",
                         "lines": [{"year": 1, "source": "CENTRAL", "amount": 400000},
                                   {"year": 2, "source": "CENTRAL", "amount": 500000},
                                   {"year": 3, "source": "CENTRAL", "amount": 600000},
                                   {"year": 4, "source": "CENTRAL", "amount": 500000},
                                   {"year": 5, "source": "CENTRAL", "amount": 400000},
                                   {"year": 1, "source": "BENEFICIARY", "amount": 500000},
                                   {"year": 3, "source": "CSR", "amount": 500000}]}""").andExpect(status().isOk());
        send(put(plan + "/management-cost?version=1"), """
                        [{"year": 1, "source": "CENTRAL", "amount": 100000},
                         {"year": 1, "source": "BENEFICIARY", "amount": 100000}]""").andExpect(status().isOk());
        send(post(plan + "/approval?version=2"), "").andExpect(status().isOk());
        move(Stage.BUDGET_APPROVED).andExpect(status().isOk());
    }

    private void approveTheBudget() throws Exception {
        move(Stage.IMPLEMENTING)
                .andExpect(status().isConflict())
                .andExpect(jsonPath(
                        "$.refusals", hasItem("IMPLEMENTING needs a sanction recorded in the funding ledger")));
        send(post("/api/v1/interventions/" + id + "/funding/entries"), """
                        {"kind": "SANCTION", "source": "CENTRAL", "amount": 2500000, "onDate": "2026-04-10",
                         "reference": "IHCDP sanction 1"}""").andExpect(status().isCreated());
        move(Stage.IMPLEMENTING).andExpect(status().isOk());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(user("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void implement() throws Exception {
        move(Stage.EVALUATED).andExpect(status().isConflict());
        JsonNode activity = body(mvc.perform(post("/api/v1/interventions/" + id + "/activities")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"activityCode": "MD03", "title": "Buyer-seller meet in Delhi",
                                 "startedOn": "2026-02-10", "finishedOn": "2026-02-11", "costRupees": 250000,
                                 "participants": 40, "outputs": "Orders worth Rs 12 lakh",
                                 "ledBy": "LOCAL_INSTITUTION", "latitude": 24.72, "longitude": 78.13}"""))
                .andExpect(status().isOk()));
        mvc.perform(multipart("/api/v1/interventions/activities/"
                                + activity.get("id").asLong() + "/evidence")
                        .file(new MockMultipartFile("file", "attendance.jpg", "image/jpeg", new byte[] {1, 2, 3}))
                        .param("latitude", "24.72")
                        .param("longitude", "78.13")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sizeBytes").value(3));
        for (ExitItem item : ExitItem.values()) {
            mvc.perform(put("/api/v1/interventions/" + id + "/exit-checklist/" + item)
                            .with(user("admin"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"evidence\":\"seen at the consortium's office\"}"))
                    .andExpect(status().isOk());
        }
    }

    private void evaluate() throws Exception {
        String rule = "EVALUATED needs a completed end-of-project evaluation";
        move(Stage.EVALUATED).andExpect(status().isConflict()).andExpect(jsonPath("$.refusals", hasItem(rule)));
        String evaluations = "/api/v1/interventions/" + id + "/evaluations";
        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
        send(post(evaluations), """
                        {"kind": "END_OF_PROJECT", "evaluator": " ", "evaluatedOn": "%s"}""".formatted(today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluator"));
        JsonNode draft = body(send(post(evaluations), """
                        {"kind": "END_OF_PROJECT", "evaluator": "Indian Institute of Handloom Technology",
                         "evaluatedOn": "%s", "summary": "Weavers sell under their own brand"}""".formatted(today))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")));
        long evaluation = draft.get("id").asLong();
        String one = "/api/v1/evaluations/" + evaluation;
        // a draft says nothing yet about how the project ended
        move(Stage.EVALUATED).andExpect(status().isConflict()).andExpect(jsonPath("$.refusals", hasItem(rule)));
        send(post(one + "/completion"), "{\"version\": " + draft.get("version").asInt() + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("findings"));
        send(post(one + "/findings"), """
                        {"version": %d, "theme": "MARKET_DEVELOPMENT", "text": "Sales under the brand doubled",
                         "ratings": {"EFFECTIVENESS": 6}}""".formatted(draft.get("version").asInt()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ratings.effectiveness"));
        JsonNode found = body(send(post(one + "/findings"), """
                        {"version": %d, "theme": "MARKET_DEVELOPMENT", "text": "Sales under the brand doubled",
                         "ratings": {"EFFECTIVENESS": 4, "SUSTAINABILITY": 3}}""".formatted(
                                draft.get("version").asInt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].ratings.EFFECTIVENESS").value(4)));
        JsonNode learnt = body(
                send(post(one + "/lessons"), """
                        {"version": %d, "theme": "MARKET_DEVELOPMENT", "title": "A brand owned by the weavers",
                         "problem": "Orders came through master weavers", "action": "A registered collective brand",
                         "result": "Direct orders from buyers", "costRupees": 250000}""".formatted(found.get("version").asInt()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.lessons[0].title").value("A brand owned by the weavers")));
        send(post(one + "/completion"), "{\"version\": " + found.get("version").asInt() + "}")
                .andExpect(status().isConflict());
        send(post(one + "/completion"), "{\"version\": " + learnt.get("version").asInt() + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        mvc.perform(get(one).with(user("admin")))
                .andExpect(jsonPath("$.findings.length()").value(1));
        mvc.perform(get(evaluations).with(user("admin")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("END_OF_PROJECT"))
                .andExpect(jsonPath("$[0].status").value("COMPLETED"));
        mvc.perform(get("/programme/interventions/" + id).with(user("admin")))
                .andExpect(content().string(containsString("/monitoring/interventions/" + id + "/evaluations")));
        mvc.perform(get("/monitoring/interventions/" + id + "/evaluations").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/monitoring/evaluations/" + evaluation + "\"")));
        move(Stage.EVALUATED).andExpect(status().isOk());
    }

    private void handOver() throws Exception {
        move(Stage.HANDED_OVER).andExpect(status().isOk());
        mvc.perform(
                        post("/api/v1/interventions/" + id + "/follow-ups")
                                .with(user("admin"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"visitedOn\":\"2026-06-01\",\"status\":\"ON_TRACK\",\"note\":\"consortium meets monthly\"}"))
                .andExpect(status().isOk());
    }

    private void becomeSelfManaging() throws Exception {
        move(Stage.SELF_MANAGING)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intervention.stage").value("SELF_MANAGING"))
                .andExpect(jsonPath("$.nextStage").doesNotExist());
    }

    private long clusterOf(long intervention) {
        return interventions.find(intervention).orElseThrow().clusterId();
    }

    /** Asks to move the intervention to the stage, naming the version it has now. */
    private ResultActions move(Stage target) throws Exception {
        int version = body(mvc.perform(get("/api/v1/interventions/" + id).with(user("admin"))))
                .get("intervention")
                .get("version")
                .asInt();
        return mvc.perform(post("/api/v1/interventions/" + id + "/transitions")
                .with(user("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"stage\":\"" + target + "\",\"note\":\"step done\",\"version\":" + version + "}"));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
