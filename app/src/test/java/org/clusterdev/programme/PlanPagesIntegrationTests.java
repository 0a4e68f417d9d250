package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterdev.programme.InterventionFixture.LAKH;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin")
class PlanPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActionPlans plans;

    @Autowired
    FundingLedger ledger;

    @Autowired
    JdbcClient jdbc;

    InterventionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new InterventionFixture(jdbc);
    }

    @Test
    void theFormsStartAPlanAddAnActivityAndShowItsMatrixCellAndBudget() throws Exception {
        InterventionRef intervention = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN);
        long id = intervention.id();
        long cluster = intervention.clusterId();
        mvc.perform(get("/programme/interventions/" + id + "/action-plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("start-plan")))
                // the lessons of similar clusters are loaded into the screen where the plan is drawn up
                .andExpect(content().string(containsString("/practices/lessons?cluster=" + cluster)));
        mvc.perform(post("/programme/interventions/" + id + "/action-plan/start")
                        .with(csrf())
                        .param("startsOn", "2027-04-01")
                        .param("durationYears", "5")
                        .param("reason", "First plan"))
                .andExpect(redirectedUrl("/programme/interventions/" + id + "/action-plan"));
        mvc.perform(post("/programme/interventions/" + id + "/action-plan/activities")
                        .with(csrf())
                        .param("version", "0")
                        .param("activityType", "MD14")
                        .param("title", "Engineering expo stall")
                        .param("startsOn", "2027-05-01")
                        .param("endsOn", "2027-05-31")
                        .param("responsible", "CDA")
                        .param("year", "1")
                        .param("amount", "400000", "", "", "100000", "", ""))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/programme/interventions/" + id + "/action-plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Engineering expo stall")))
                .andExpect(content().string(containsString("Marketing / Other soft")))
                .andExpect(content().string(containsString("₹ 5 lakh")))
                .andExpect(content().string(containsString("CLUSTER_MANAGEMENT_COST_IN_FUND")));

        mvc.perform(post("/programme/interventions/" + id + "/action-plan/activities")
                        .with(csrf())
                        .param("version", "1")
                        .param("activityType", "MD14")
                        .param("title", "Engineering expo stall")
                        .param("startsOn", "2027-05-31")
                        .param("endsOn", "2027-05-01")
                        .param("responsible", "CDA"))
                .andExpect(flash().attributeExists("problem"));
        assertThat(jdbc.sql(
                                "select count(*) from programme.plan_activity a join programme.plan_version v on v.id = a.version_id"
                                        + " join programme.action_plan p on p.id = v.plan_id where p.intervention_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRefusedReleaseShowsTheRuleOnTheLedgerPage() throws Exception {
        long id = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.IMPLEMENTING)
                .id();
        ledger.record(
                id,
                new FundingEntryDraft(
                        FundingEntryKind.SANCTION,
                        FundingSource.CENTRAL,
                        50 * LAKH,
                        java.util.Optional.empty(),
                        InterventionFixture.START,
                        "S-1"));
        String release = "/programme/interventions/" + id + "/funding/entries";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(release)
                    .with(csrf())
                    .param("kind", "RELEASE")
                    .param("source", "CENTRAL")
                    .param("amount", "1000000")
                    .param("onDate", "2027-06-01"));
        }
        var refused = mvc.perform(post(release)
                        .with(csrf())
                        .param("kind", "RELEASE")
                        .param("source", "CENTRAL")
                        .param("amount", "1000000")
                        .param("onDate", "2027-06-01"))
                .andReturn();
        // the flash travels in the stored session, as in a browser that follows the redirect
        mvc.perform(get("/programme/interventions/" + id + "/funding")
                        .cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RELEASE_NEEDS_UTILISATION_CERTIFICATE")))
                .andExpect(content().string(containsString("refused-rules")));
        assertThat(jdbc.sql(
                                "select sum(amount) from programme.funding_entry where intervention_id = ? and kind = 'RELEASE'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(10 * LAKH);
        mvc.perform(get("/programme/interventions/" + id + "/credit-plans")).andExpect(status().isOk());
        mvc.perform(get("/programme/funding")).andExpect(status().isOk());
    }

    @Test
    void theActionPlanIsAPdfInTheReadersLanguage() throws Exception {
        long id = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN)
                .id();
        ActionPlan plan = plans.start(id, InterventionFixture.fiveYears(), "First plan");
        plans.addActivity(id, plan.version(), InterventionFixture.training());
        byte[] pdf = mvc.perform(get("/programme/interventions/" + id + "/action-plan.pdf")
                        .param("lang", "hi"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2000);
    }

    @Test
    void aStakeholderWithoutARoleInTheClusterIsForbidden() throws Exception {
        long id = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.ACTION_PLAN)
                .id();
        mvc.perform(get("/programme/interventions/" + id + "/action-plan").with(user("nobody.in.particular")))
                .andExpect(status().isForbidden());
    }
}
