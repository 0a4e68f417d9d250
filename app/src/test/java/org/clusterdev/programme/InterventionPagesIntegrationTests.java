package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.selection.AgencyAndCdaFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class InterventionPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Interventions interventions;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePipelineFlagsAnOverdueInterventionInRedWithWhoMustAct() throws Exception {
        InterventionRef late = interventions.propose(cluster("Konark"), "SBI_UPTECH", "Stone carving credit link");
        // the proposal waited past its decision deadline
        // five days before today in India, where the pipeline counts days (the database's day may be another)
        jdbc.sql("update programme.intervention set stage_due_on = ? where id = ?")
                .params(
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"))
                                .minusDays(5),
                        late.id())
                .update();

        mvc.perform(get("/programme").param("overdue", "true").param("scheme", "SBI_UPTECH"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Stone carving credit link"),
                                containsString("table-danger"),
                                containsString("5 days overdue"),
                                containsString("Scheme administrator"))));
        mvc.perform(get("/programme").param("stage", "SELF_MANAGING").param("scheme", "SBI_UPTECH"))
                .andExpect(content().string(not(containsString("Stone carving credit link"))));
    }

    @Test
    void theInterventionPageNamesTheRuleThatHoldsTheNextStepBack() throws Exception {
        InterventionRef ref = interventions.propose(cluster("Konark"), "SIDBI_SME_FINANCING", "Konark finance");
        interventions.move(ref.id(), Stage.SELECTED, null, 0);
        AgencyAndCdaFixture.putInPlace(mvc, ref.id(), ref.clusterId());
        interventions.move(ref.id(), Stage.AGENCY_AND_CDA_IN_PLACE, null, 1);
        mvc.perform(post("/programme/interventions/" + ref.id() + "/move")
                        .with(csrf())
                        .param("target", "DIAGNOSTIC_STUDY")
                        .param("version", "2"))
                .andExpect(flash().attribute("moved", "DIAGNOSTIC_STUDY"));

        mvc.perform(get("/programme/interventions/" + ref.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ValidatedStudyCheck.RULE)))
                .andExpect(content().string(containsString("Move to: Trust building")))
                .andExpect(content().string(containsString("/programme/interventions/" + ref.id() + "/action-plan")));
        mvc.perform(post("/programme/interventions/" + ref.id() + "/move")
                        .with(csrf())
                        .param("target", "TRUST_BUILDING")
                        .param("version", "3"))
                .andExpect(flash().attribute("refused", java.util.List.of(ValidatedStudyCheck.RULE)));
        assertThat(interventions.find(ref.id()).orElseThrow().stage()).isEqualTo(Stage.DIAGNOSTIC_STUDY);
    }

    @Test
    void aStudyWrittenAndValidatedOnItsPageLetsTheInterventionMoveOn() throws Exception {
        InterventionRef ref = interventions.propose(cluster("Rajkot"), "NSIC", "Rajkot engines study");
        AgencyAndCdaFixture.putInPlace(mvc, ref.id(), ref.clusterId());
        for (Stage stage : java.util.List.of(Stage.SELECTED, Stage.AGENCY_AND_CDA_IN_PLACE, Stage.DIAGNOSTIC_STUDY)) {
            interventions.move(
                    ref.id(),
                    stage,
                    null,
                    interventions.details(ref.id()).orElseThrow().version());
        }
        mvc.perform(post("/programme/interventions/" + ref.id() + "/study")
                        .with(csrf())
                        .param("version", "-1")
                        .param("section.PROFILE", "About 500 diesel engine makers")
                        .param("section.PRODUCTS_AND_MARKETS", "Engines for farm pumps")
                        .param("section.VISION", "Exporting engines")
                        .param(
                                "findings",
                                "TECHNOLOGY_UPGRADATION | PROBLEM | Outdated foundries\nNOT_A_THEME | PROBLEM | x")
                        .param("figures", "units | 500 | units | 2025")
                        .param("stakeholders", "Association\nBank\nTool room"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("NOT_A_THEME")));
        assertThat(interventions.details(ref.id())).isPresent();
        mvc.perform(post("/programme/interventions/" + ref.id() + "/study")
                        .with(csrf())
                        .param("version", "-1")
                        .param("section.PROFILE", "About 500 diesel engine makers")
                        .param("section.PRODUCTS_AND_MARKETS", "Engines for farm pumps")
                        .param("section.VISION", "Exporting engines")
                        .param("findings", "TECHNOLOGY_UPGRADATION | PROBLEM | Outdated foundries")
                        .param("figures", "units | 500 | units | 2025")
                        .param("stakeholders", "Association\nBank\nTool room"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/programme/interventions/" + ref.id() + "/study/validation")
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attributeExists("studyValidated"));
        mvc.perform(get("/programme/interventions/" + ref.id() + "/study"))
                .andExpect(content().string(containsString("Validated by admin")));
        assertThat(interventions.refusals(interventions.find(ref.id()).orElseThrow(), Stage.TRUST_BUILDING))
                .isEmpty();
    }

    @Test
    void closingEarlyFromThePageNeedsAReason() throws Exception {
        InterventionRef ref = interventions.propose(cluster("Chanderi"), "NMDFC", "Chanderi minority weavers");
        mvc.perform(post("/programme/interventions/" + ref.id() + "/move")
                        .with(csrf())
                        .param("target", "CLOSED")
                        .param("version", "0"))
                .andExpect(flash().attributeExists("moveError"));
        mvc.perform(post("/programme/interventions/" + ref.id() + "/move")
                        .with(csrf())
                        .param("target", "CLOSED")
                        .param("note", "merged with the IHCDP intervention")
                        .param("version", "0"))
                .andExpect(flash().attribute("moved", "CLOSED"));
        mvc.perform(get("/programme/interventions/" + ref.id()))
                .andExpect(content().string(containsString("merged with the IHCDP intervention")));
    }

    private long cluster(String name) {
        return registry.search(ClusterSearch.everything().withText(name), 0, 1)
                .get(0)
                .id();
    }
}
