package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The effects pages, downloads and API as a browser, a spreadsheet program or a program gets them. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class EffectsPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssociationWorkSplits splits;

    @Test
    void aRefusedWorkSplitIsShownWithItsFieldStoresNothingAndAFixedOneIsListed() throws Exception {
        EffectsFixture fixture = new EffectsFixture(jdbc);
        long cluster = fixture.cluster("Efx Pages Theta");
        long association = fixture.actor(cluster, "Effects pages: Bargarh Weavers Association", "ASSOCIATION", null);
        String page = "/monitoring/effects/clusters/" + cluster;

        mvc.perform(post(page + "/work")
                        .with(csrf())
                        .param("actorId", Long.toString(association))
                        .param("year", "2023")
                        .param("developmentalShare", "70")
                        .param("lobbyingShare", "20"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"work-error\""),
                                containsString("the shares add up to 90, not 100"),
                                containsString("value=\"70\""))));
        assertThat(splits.ofCluster(cluster)).isEmpty();

        mvc.perform(post(page + "/work")
                        .with(csrf())
                        .param("actorId", Long.toString(association))
                        .param("year", "2023")
                        .param("developmentalShare", "70")
                        .param("lobbyingShare", "30"))
                .andExpect(redirectedUrl(page + "?saved=work#works"));
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"work-table\""),
                                containsString("2023-24"),
                                containsString("70.00 %"),
                                containsString("id=\"network-table\""))));
        long split = splits.ofCluster(cluster).get(0).id();
        mvc.perform(get(page))
                .andExpect(content()
                        .string(allOf(
                                containsString("editWork=" + split + "#works"),
                                containsString(page + "/work/" + split + "/delete"))));
        mvc.perform(get(page).param("editWork", Long.toString(split)))
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"" + page + "/work/" + split + "\""),
                                containsString("value=\"70.00\""))));
        mvc.perform(post(page + "/work/" + split + "/delete").with(csrf()))
                .andExpect(redirectedUrl(page + "?saved=work#works"));
        assertThat(splits.ofCluster(cluster)).isEmpty();
    }

    @Test
    void anInstitutionWithABadDateIsRefusedAndTheApiListsTheOneEntered() throws Exception {
        long cluster = new EffectsFixture(jdbc).cluster("Efx Pages Iota");
        String page = "/monitoring/effects/clusters/" + cluster;

        mvc.perform(post(page + "/institutions")
                        .with(csrf())
                        .param("kind", "NETWORK")
                        .param("name", "Pattamundai Women Network")
                        .param("change", "CREATED")
                        .param("on", "31-12-2023"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("id=\"institution-error\""), containsString("on: a date"))));
        mvc.perform(post("/api/v1/monitoring/effects/clusters/" + cluster + "/institutions")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "NETWORK", "name": "Pattamundai Women Network", "change": "CREATED",
                                 "on": "2023-12-31", "memberFirms": 14}"""))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/monitoring/effects/clusters/" + cluster + "/takeovers")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"activity": "Buyer meets", "institution": "Pattamundai Women Network",
                                 "since": "2024-01-10"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("evidence")));
        mvc.perform(get("/api/v1/monitoring/effects/clusters/" + cluster + "/sustainability"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institutions[0].name").value("Pattamundai Women Network"))
                .andExpect(jsonPath("$.institutions[0].memberFirms").value(14))
                .andExpect(jsonPath("$.takeovers").isEmpty());
        mvc.perform(get("/api/v1/monitoring/effects/clusters/" + cluster + "/network")
                        .param("fromYear", "2023")
                        .param("toYear", "2023"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2023))
                .andExpect(jsonPath("$[0].firmsInNetworks").value(14));
    }

    @Test
    void theInclusivenessPageAndItsDownloadsFollowTheQuery() throws Exception {
        mvc.perform(get("/monitoring/effects")
                        .param("indicator", "EXPORTS")
                        .param("fromYear", "1998")
                        .param("toYear", "1998")
                        .param("approval", "ENTERED"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"inclusiveness-form\""), containsString("id=\"effects-tab\""))));
        mvc.perform(get("/monitoring/effects").param("indicator", "EMPLOYMENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"effects-error\"")));
        String csv = mvc.perform(get("/monitoring/effects/inclusiveness.csv")
                        .param("indicator", "EXPORTS")
                        .param("interventions", "-1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdimension,group,benefit,benefit_share_percent,firms");
        mvc.perform(get("/api/v1/monitoring/effects/inclusiveness").param("indicator", "TRAINEES"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("indicator")));
        mvc.perform(get("/monitoring/effects/clusters/" + new EffectsFixture(jdbc).cluster("Efx Pages Theta")
                        + "/network.xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/monitoring/effects").param("interventions", "-1"))
                .andExpect(content().string(not(containsString("id=\"concentrated-SIZE_CLASS\""))));
    }
}
