package org.clusterdev.programme;

import static org.hamcrest.Matchers.containsString;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class PlanApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApprovalThatBreaksTheRulesAnswers422WithTheRulesAndARevisionHasADiff() throws Exception {
        long id = new InterventionFixture(jdbc)
                .intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN)
                .id();
        String plan = "/api/v1/interventions/" + id + "/action-plan";
        mvc.perform(json(post(plan), """
                        {"startsOn": "2027-04-01", "durationYears": 5, "reason": "First plan"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].status").value("DRAFT"));
        mvc.perform(json(post(plan + "/activities?version=0"), """
                        {"activityType": "MD14", "title": "Expo stall", "startsOn": "2027-05-01",
                         "endsOn": "2027-05-31", "responsible": "CDA",
                         "lines": [{"year": 1, "source": "CENTRAL", "amount": 500000}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].activities[0].matrixIntervention")
                        .value("MARKETING"));
        mvc.perform(json(post(plan + "/approval?version=1"), ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rules[*].rule", hasItem("PUBLIC_SUPPORT_MAX_SHARE")))
                .andExpect(jsonPath("$.rules[*].rule", hasItem("CLUSTER_MANAGEMENT_COST_IN_FUND")));

        mvc.perform(json(post(plan + "/activities?version=1"), """
                        {"activityType": "MD14", "title": "", "startsOn": "2027-05-01", "endsOn": "2027-05-31",
                         "responsible": "CDA"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(json(post(plan + "/activities?version=0"), """
                        {"activityType": "MD01", "title": "Survey", "startsOn": "2027-05-01", "endsOn": "2027-05-31",
                         "responsible": "CDA"}""")).andExpect(status().isConflict());
        mvc.perform(get(plan + "/diff?from=1&to=1").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities").isEmpty());
        mvc.perform(get(plan + "/versions/1/rule-check").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].rule", hasItem("PUBLIC_SUPPORT_MAX_SHARE")));
    }

    @Test
    void aSecondReleaseWithoutACertificateAnswers422NamingTheRule() throws Exception {
        long id = new InterventionFixture(jdbc)
                .intervention("Rajkot Diesel Engines", "MSECDP", Stage.IMPLEMENTING)
                .id();
        String entries = "/api/v1/interventions/" + id + "/funding/entries";
        mvc.perform(json(post(entries), """
                        {"kind": "SANCTION", "source": "CENTRAL", "amount": 5000000, "onDate": "2027-04-01"}""")).andExpect(status().isCreated());
        mvc.perform(json(post(entries), """
                        {"kind": "RELEASE", "source": "CENTRAL", "amount": 1000000, "onDate": "2027-04-02"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tranche").value(1));
        mvc.perform(json(post(entries), """
                        {"kind": "RELEASE", "source": "CENTRAL", "amount": 1000000, "onDate": "2027-05-02"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rules[0].rule").value("RELEASE_NEEDS_UTILISATION_CERTIFICATE"));
        mvc.perform(json(post(entries), """
                        {"kind": "GIFT", "source": "CENTRAL", "amount": 1000000, "onDate": "2027-05-02"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/api/v1/interventions/" + id + "/funding").with(user("admin")))
                .andExpect(jsonPath("$.entries.length()").value(2));
    }

    @Test
    void theOpenApiDocumentListsThePlanFundingAndCreditEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/interventions/{id}/action-plan/diff']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/interventions/{id}/funding/entries']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/interventions/{id}/credit-plans']")
                        .exists())
                .andExpect(jsonPath("$.tags[*].name", hasItem(containsString("Action plans"))));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(user("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
