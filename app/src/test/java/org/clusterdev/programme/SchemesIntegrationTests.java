package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class SchemesIntegrationTests {

    static final String ODISHA_CELL = "schemes.odisha.cell";

    @Autowired
    MockMvc mvc;

    @Autowired
    Schemes schemes;

    @Autowired
    AuditTrail audit;

    @Autowired
    SchemeQuotas quotas;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @BeforeEach
    void odishaStateCell() {
        if (accounts.findByUsername(ODISHA_CELL).isEmpty()) {
            accounts.create(
                    ODISHA_CELL,
                    "Odisha cell",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.STATE_CELL, Scope.state(21))));
        }
    }

    @Test
    void theSchemesOfTable22CarryTheirTypologiesAndSfurtiItsNorthEastQuota() {
        Scheme sfurti = schemes.find("SFURTI").orElseThrow();
        assertThat(sfurti.typologiesServed()).containsExactly("MICRO");
        assertThat(sfurti.quotas()).containsEntry("NORTH_EAST", new BigDecimal("10"));
        assertThat(sfurti.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(schemes.find("AHVY").orElseThrow().typologiesServed()).containsExactly("HANDICRAFT");
        assertThat(schemes.find("MSECDP").orElseThrow().typologiesServed())
                .containsExactly("TRADITIONAL_MANUFACTURING", "MICRO");
        assertThat(sfurti.stageDays()).containsEntry(Stage.DIAGNOSTIC_STUDY, 120);
    }

    @Test
    void anAdministratorAddsASchemeWithoutCodeAndItsOwnTimeLimitsWeightsAndQuota() throws Exception {
        mvc.perform(newScheme("COIR_CDP", "weight.UNIDO_IMPORTANCE", "40", "days.DIAGNOSTIC_STUDY", "75"))
                .andExpect(redirectedUrl("/programme/schemes/COIR_CDP"));

        Scheme coir = schemes.find("COIR_CDP").orElseThrow();
        assertThat(coir.selectionFramework()).isEqualTo("UNIDO");
        assertThat(coir.weights()).containsEntry("UNIDO_IMPORTANCE", new BigDecimal("40"));
        assertThat(coir.stageDays()).containsEntry(Stage.DIAGNOSTIC_STUDY, 75).containsEntry(Stage.PROPOSED, 60);
        assertThat(coir.quotas()).containsEntry("NORTH_EAST", new BigDecimal("15"));
        assertThat(coir.typologiesServed()).containsExactly("OTHER_MICRO");
        assertThat(audit.history("scheme", "COIR_CDP"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("CREATE"));
        mvc.perform(get("/programme/schemes/COIR_CDP").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coir cluster development")))
                .andExpect(content().string(containsString("At least 15% in the North-East")));
        mvc.perform(get("/programme/schemes/COIR_CDP/edit").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "(?s).*name=\"weight.UNIDO_IMPORTANCE\"[^>]*value=\"40\".*")));
        mvc.perform(get("/programme/schemes/new").with(user("admin"))).andExpect(status().isOk());
    }

    @Test
    void refusesWeightsThatDoNotTotalAHundredAndStoresNothing() throws Exception {
        mvc.perform(newScheme("BAD_WEIGHTS", "weight.UNIDO_IMPORTANCE", "30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("the weights total 105, they must total 100")));
        assertThat(schemes.find("BAD_WEIGHTS")).isEmpty();
    }

    @Test
    void aStateCellReadsSchemesButMayNotChangeThem() throws Exception {
        mvc.perform(get("/programme/schemes").with(user(ODISHA_CELL)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SFURTI")));
        mvc.perform(get("/programme/schemes/new").with(user(ODISHA_CELL))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/schemes")
                        .with(user(ODISHA_CELL))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"STATE_TRY\",\"name\":\"x\",\"institution\":\"y\",\"source\":\"z\"}"))
                .andExpect(status().isForbidden());
        assertThat(schemes.find("STATE_TRY")).isEmpty();
    }

    @Test
    void theApiAddsAndChangesASchemeAndRefusesAStaleVersion() throws Exception {
        mvc.perform(post("/api/v1/schemes")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"API_SCHEME","name":"Scheme added by a program","institution":"State of Assam",
                                 "source":"state order","typologiesServed":["HANDLOOM"],"durationYears":4,
                                 "stageDays":{"TRUST_BUILDING":200},"quotas":{"HILLY":20}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.owner").value("State of Assam"))
                .andExpect(jsonPath("$.stageDays.TRUST_BUILDING").value(200))
                .andExpect(jsonPath("$.version").value(0));
        String change = """
                {"name":"Scheme renamed","institution":"State of Assam","source":"state order","version":0}""";
        mvc.perform(put("/api/v1/schemes/API_SCHEME")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/schemes/API_SCHEME")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.replace("renamed", "renamed twice")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/schemes")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"API_BAD","name":"x","institution":"y","source":"z","quotas":{"NORTH_EAST":120}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quotas.NORTH_EAST"));
        assertThat(schemes.find("API_SCHEME").orElseThrow().name()).isEqualTo("Scheme renamed");
    }

    @Test
    void aCallForProposalsIsOpenOnlyInItsWindowAndAWindowMustNotCloseBeforeItOpens() throws Exception {
        mvc.perform(post("/api/v1/schemes/MSECDP/calls")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Call 2027\",\"opensOn\":\"2027-01-01\",\"closesOn\":\"2027-03-31\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/schemes/MSECDP/calls")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Backwards\",\"opensOn\":\"2027-03-01\",\"closesOn\":\"2027-01-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closesOn"));
        assertThat(schemes.calls("MSECDP")).singleElement().satisfies(call -> {
            assertThat(call.openOn(java.time.LocalDate.of(2027, 3, 31))).isTrue();
            assertThat(call.openOn(java.time.LocalDate.of(2027, 4, 1))).isFalse();
        });
        assertThat(schemes.openCalls("MSECDP", java.time.LocalDate.of(2027, 2, 1)))
                .hasSize(1);
    }

    @Test
    void aNorthEastQuotaIsMetWhenTheRegionsShareOfSelectedInterventionsReachesIt() throws Exception {
        mvc.perform(post("/api/v1/schemes")
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"QUOTA_TEST","name":"Quota test","institution":"Ministry","source":"test",
                                 "quotas":{"NORTH_EAST":10}}"""))
                .andExpect(status().isCreated());
        // selected interventions in Odisha (21) and Assam (18, north-eastern); a mere proposal does not count
        selected(21, "SELECTED", 8);
        selected(18, "PROPOSED", 1);
        assertThat(quotas.standings("QUOTA_TEST")).singleElement().satisfies(standing -> {
            assertThat(standing.inRegion()).isZero();
            assertThat(standing.met()).isFalse();
        });
        selected(18, "TRUST_BUILDING", 1);
        assertThat(quotas.standings("QUOTA_TEST")).singleElement().satisfies(standing -> {
            assertThat(standing.selected()).isEqualTo(9);
            assertThat(standing.sharePercent()).isEqualByComparingTo("11.1");
            assertThat(standing.met()).isTrue();
        });
        mvc.perform(get("/programme/schemes/QUOTA_TEST").with(user("admin")))
                .andExpect(content().string(containsString("1 of 9 selected interventions (11.1%): quota met")));
    }

    private void selected(int stateCode, String stage, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                            insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage)
                            values (0, ?, 'QUOTA_TEST', 'quota', ?)""").params(stateCode, stage).update();
        }
    }

    /** The new-scheme form under the UNIDO framework (weights 25 each) with some fields changed. */
    private MockHttpServletRequestBuilder newScheme(String code, String... changed) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", "0");
        fields.put("code", code);
        fields.put("name", "Coir cluster development");
        fields.put("institution", "Coir Board");
        fields.put("owner", "Coir Board");
        fields.put("source", "board resolution");
        fields.put("selectionFramework", "UNIDO");
        fields.put("typology", "OTHER_MICRO");
        fields.put("quota.NORTH_EAST", "15");
        fields.put("weight.UNIDO_IMPORTANCE", "25");
        fields.put("weight.UNIDO_PROMOTABILITY", "25");
        fields.put("weight.UNIDO_VIABILITY", "25");
        fields.put("weight.UNIDO_SUSTAINABILITY", "25");
        // a weight of the other framework, which the UNIDO scheme ignores
        fields.put("weight.MSME_EMPLOYMENT", "99");
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        if ("40".equals(fields.get("weight.UNIDO_IMPORTANCE"))) {
            fields.put("weight.UNIDO_SUSTAINABILITY", "10");
        }
        MockHttpServletRequestBuilder request = post("/programme/schemes/new")
                .with(user("admin"))
                .with(csrf())
                .param("step", "PROPOSED", "SELECTED", "DIAGNOSTIC_STUDY", "SELF_MANAGING");
        fields.forEach(request::param);
        return request;
    }
}
