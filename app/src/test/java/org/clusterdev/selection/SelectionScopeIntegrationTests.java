package org.clusterdev.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Who sees and changes what: state rounds, agencies' contacts, stale edits, and the North-East quota. */
@SpringBootTest
@AutoConfigureMockMvc
class SelectionScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void people() {
        SelectionFixtures.people(accounts);
    }

    @Test
    void aStatesRoundIsHiddenFromAnotherStatesCellAndFromACda() throws Exception {
        long gujarat = create(
                "/api/v1/selection/rounds",
                "{\"kind\":\"AGENCY\",\"title\":\"Gujarat agencies\",\"stateCode\":24}",
                SelectionFixtures.CHAIR);
        mvc.perform(get("/api/v1/selection/rounds/" + gujarat).with(user(SelectionFixtures.ODISHA_CELL)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/selection/rounds").with(user(SelectionFixtures.ODISHA_CELL)))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) gujarat))));
        mvc.perform(get("/api/v1/selection/rounds/" + gujarat).with(user(SelectionFixtures.MINISTRY_ASSESSOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/selection/" + gujarat).with(user(SelectionFixtures.FIELD_CDA)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyThoseWhoManageAnAgencySeeItsContactsAndAStaleEditIsRefused() throws Exception {
        long agency = create("/api/v1/agencies", """
                {"name":"Contact Agency %d","kind":"IMPLEMENTING_AGENCY","stateCode":21,
                 "contactPerson":"S. Mohanty","contactEmail":"ia@example.org","trainedPersons":2}""".formatted(System.nanoTime()), SelectionFixtures.ODISHA_CELL);
        mvc.perform(get("/api/v1/agencies/" + agency).with(user(SelectionFixtures.ODISHA_CELL)))
                .andExpect(jsonPath("$.agency.contactEmail").value("ia@example.org"));
        mvc.perform(get("/api/v1/agencies/" + agency).with(user(SelectionFixtures.FIELD_CDA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agency.contactEmail").doesNotExist());
        mvc.perform(post("/api/v1/agencies")
                        .with(user(SelectionFixtures.FIELD_CDA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Not allowed\",\"kind\":\"IMPLEMENTING_AGENCY\",\"stateCode\":21}"))
                .andExpect(status().isForbidden());

        String change = """
                {"version":%d,"agency":{"name":"Renamed %d","kind":"IMPLEMENTING_AGENCY","stateCode":21}}""";
        mvc.perform(put("/api/v1/agencies/" + agency)
                        .with(user(SelectionFixtures.ODISHA_CELL))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted(0, 1)))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/agencies/" + agency)
                        .with(user(SelectionFixtures.ODISHA_CELL))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted(0, 2)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/agencies/" + agency).with(user(SelectionFixtures.ODISHA_CELL)))
                .andExpect(jsonPath("$.agency.name").value("Renamed 1"))
                .andExpect(jsonPath("$.agency.version").value(1));
    }

    @Test
    void theNorthEastQuotaIsMetWhenEnoughSelectedClustersLieThere() throws Exception {
        long sualkuchi = northEastCluster();
        long konark = SelectionFixtures.clusterNamed(registry, "Konark");
        long round = create("/api/v1/selection/rounds", """
                {"kind":"CLUSTER","title":"Quota %d","schemeCode":"SFURTI","framework":"UNIDO",
                 "minNorthEastPercent":50}""".formatted(System.nanoTime()), SelectionFixtures.CHAIR);
        for (long cluster : new long[] {sualkuchi, konark}) {
            long candidate = create(
                    "/api/v1/selection/rounds/" + round + "/candidates",
                    "{\"referenceId\":" + cluster + ",\"backwardArea\":" + (cluster == sualkuchi) + "}",
                    SelectionFixtures.CHAIR);
            mvc.perform(post("/api/v1/selection/rounds/" + round + "/candidates/" + candidate + "/assessments")
                            .with(user(SelectionFixtures.RO_ASSESSOR))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"conflictOfInterest":false,"scores":[
                                     {"criterion":"UNIDO_IMPORTANCE","score":7,"evidence":"Field visit"},
                                     {"criterion":"UNIDO_PROMOTABILITY","score":7,"evidence":"Field visit"},
                                     {"criterion":"UNIDO_VIABILITY","score":7,"evidence":"Field visit"},
                                     {"criterion":"UNIDO_SUSTAINABILITY","score":7,"evidence":"Field visit"}]}"""))
                    .andExpect(status().isNoContent());
        }
        mvc.perform(post("/api/v1/selection/rounds/" + round + "/close")
                        .with(user(SelectionFixtures.CHAIR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isNoContent());
        JsonNode candidates = roundJson(round).get("round").get("candidates");
        for (JsonNode candidate : candidates) {
            mvc.perform(post("/api/v1/selection/rounds/" + round + "/candidates/"
                                    + candidate.get("id").asLong() + "/decision")
                            .with(user(SelectionFixtures.CHAIR))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"SELECTED\",\"reason\":\"Balanced coverage\"}"))
                    .andExpect(status().isNoContent());
        }
        JsonNode quota = roundJson(round).get("results").get("quota");
        assertThat(quota.get("northEast").asInt()).isEqualTo(1);
        assertThat(quota.get("northEastPercent").asDouble()).isEqualTo(50.0);
        assertThat(quota.get("northEastMet").asBoolean()).isTrue();
        assertThat(quota.get("byRegion").get("NORTH_EAST").asInt()).isEqualTo(1);
        assertThat(quota.get("bySector").get("HANDLOOM").asInt()).isEqualTo(1);
        assertThat(quota.get("backwardAreas").asInt()).isEqualTo(1);
    }

    @Test
    void aClusterRoundTakesTheSchemesOwnWeights() throws Exception {
        var scheme = post("/programme/schemes/new")
                .with(user("admin"))
                .with(csrf())
                .param("step", "PROPOSED", "SELECTED", "DIAGNOSTIC_STUDY", "SELF_MANAGING");
        java.util.Map.of(
                        "version", "0",
                        "code", "SEL_COIR",
                        "name", "Coir clusters weighted on importance",
                        "institution", "Coir Board",
                        "owner", "Coir Board",
                        "source", "board resolution",
                        "selectionFramework", "UNIDO",
                        "typology", "OTHER_MICRO")
                .forEach(scheme::param);
        scheme.param("weight.UNIDO_IMPORTANCE", "40")
                .param("weight.UNIDO_PROMOTABILITY", "25")
                .param("weight.UNIDO_VIABILITY", "25")
                .param("weight.UNIDO_SUSTAINABILITY", "10");
        mvc.perform(scheme).andExpect(status().is3xxRedirection());

        long round = create(
                "/api/v1/selection/rounds",
                "{\"kind\":\"CLUSTER\",\"title\":\"Coir\",\"schemeCode\":\"SEL_COIR\",\"framework\":\"UNIDO\"}",
                SelectionFixtures.CHAIR);
        JsonNode criteria = roundJson(round).get("round").get("criteria");
        assertThat(criteria.findValues("weight").stream().map(JsonNode::asDouble))
                .containsExactly(40.0, 25.0, 25.0, 10.0);
        assertThat(criteria.get(0).get("source").asString()).contains("SEL_COIR");
    }

    private long northEastCluster() throws Exception {
        var found = registry.search(ClusterSearch.everything().withText("Sualkuchi"), 0, 1);
        if (!found.isEmpty()) {
            return found.get(0).id();
        }
        mvc.perform(post("/clusters/new")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .param("name", "Sualkuchi Silk Handloom")
                        .param("product", "Muga and pat silk fabrics")
                        .param("typology", "HANDLOOM")
                        .param("state", "18")
                        .param("latitude", "26.1697")
                        .param("longitude", "91.5710")
                        .param("status", "IDENTIFIED"))
                .andExpect(status().is3xxRedirection());
        return SelectionFixtures.clusterNamed(registry, "Sualkuchi");
    }

    private JsonNode roundJson(long round) throws Exception {
        return json.readTree(
                mvc.perform(get("/api/v1/selection/rounds/" + round).with(user(SelectionFixtures.CHAIR)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private long create(String path, String body, String username) throws Exception {
        String created = mvc.perform(post(path)
                        .with(user(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(created).get("id").asLong();
    }
}
