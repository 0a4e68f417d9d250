package org.clusterdev.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The definitions against the sample clusters on the real PostgreSQL. Each test runs in a transaction that
 * is rolled back (MockMvc serves requests on the test's thread), so edits never leak into other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ClusterDefinitionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterDefinitions definitions;

    @Test
    void apiSaysWhichDefinitionsASampleClusterMeetsAndWhyItMissesTheOthers() throws Exception {
        long konark = clusterNamed("Konark Stone Carving"); // Puri, Odisha: 66 enterprises, 750 artisans

        mvc.perform(get("/api/v1/clusters/{id}/definitions", konark))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clusterId").value(konark))
                .andExpect(jsonPath("$.verdicts[?(@.code == 'DC_HANDICRAFTS')].outcome")
                        .value(hasItem("MET")))
                .andExpect(jsonPath("$.verdicts[?(@.code == 'DC_HANDICRAFTS')].reasons[0].text")
                        .value(hasItem("750 artisans, at least 100 needed")))
                .andExpect(jsonPath("$.verdicts[?(@.code == 'DC_HANDICRAFTS')].reasons[0].key")
                        .value(hasItem("definitions.reason.enough")))
                .andExpect(jsonPath("$.verdicts[?(@.code == 'IHCDP_HANDLOOM')].outcome")
                        .value(hasItem("MISSED")))
                .andExpect(jsonPath("$.verdicts[?(@.code == 'ODISHA_HANDICRAFT')].notes[*].text")
                        .value(hasItem(containsString("the 5 km limit cannot be checked"))))
                .andExpect(jsonPath("$.maturity.level").value("POTENTIAL"))
                .andExpect(jsonPath("$.warnings").isEmpty());
        mvc.perform(get("/api/v1/clusters/{id}/definitions", konark).param("lang", "hi"))
                .andExpect(jsonPath("$.verdicts[?(@.code == 'DC_HANDICRAFTS')].reasons[0].text")
                        .value(hasItem("750 कारीगर, कम से कम 100 आवश्यक")));
    }

    @Test
    void aClusterWithoutTheNeededFigureCannotBeTold() {
        long chanderi = clusterNamed("Chanderi Handloom"); // a figures row for 2005 without looms

        assertThat(definitions.evaluate(chanderi))
                .filteredOn(verdict -> verdict.code().equals("IHCDP_HANDLOOM"))
                .singleElement()
                .satisfies(verdict -> {
                    assertThat(verdict.outcome()).isEqualTo(DefinitionVerdict.Outcome.CANNOT_TELL);
                    assertThat(verdict.reasons()).extracting(Reason::key).containsExactly("definitions.reason.missing");
                });
    }

    @Test
    void northEastFlagsComeFromTheGeographyOfTheClustersDistrict() {
        long id = jdbc.sql("""
                        insert into registry.cluster (name, product, typology_code, state_code, district_name, latitude,
                            longitude, status)
                        values ('Test Sualkuchi Crafts', 'Bell metal', 'HANDICRAFT', 18, 'Kamrup', 26.17, 91.57,
                            'IDENTIFIED') returning id""").query(Long.class).single();
        jdbc.sql("insert into registry.cluster_figure (cluster_id, year, artisans) values (?, 2024, 60)")
                .param(id)
                .update();

        assertThat(definitions.evaluate(id))
                .filteredOn(verdict -> verdict.code().equals("DC_HANDICRAFTS"))
                .singleElement()
                .extracting(DefinitionVerdict::outcome)
                .isEqualTo(DefinitionVerdict.Outcome.MET);
    }

    @Test
    void apiAnswersAProblemForAnUnknownCluster() throws Exception {
        mvc.perform(get("/api/v1/clusters/{id}/definitions", 987654321L))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("987654321")));
    }

    @Test
    void everyoneSeesEveryDefinitionAndTheCutOffsButOnlyAdministratorsAnEditLink() throws Exception {
        mvc.perform(get("/clusters/definitions"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("IHCDP handloom cluster")))
                .andExpect(content().string(containsString("at least 500 looms")))
                .andExpect(content().string(containsString("the North-East: 50")))
                .andExpect(content().string(containsString("₹ 100 crore")))
                .andExpect(content().string(not(containsString("/admin/definitions/"))));
        mvc.perform(get("/clusters/definitions").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(content().string(containsString("/admin/definitions/IHCDP_HANDLOOM")));
        mvc.perform(get("/api/v1/clusters/definitions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definitions[?(@.code == 'DC_HANDICRAFTS')].relaxations[*].region")
                        .value(hasItem("NORTH_EAST")));
    }

    @Test
    void theVerdictsFragmentRendersOnAClustersDefinitionsPage() throws Exception {
        long konark = clusterNamed("Konark Stone Carving");

        mvc.perform(get("/clusters/{id}/definitions", konark))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"definition-verdicts\"")))
                .andExpect(content().string(containsString("750 artisans, at least 100 needed")))
                .andExpect(content().string(containsString("Overall: potential")))
                .andExpect(content().string(containsString("(year 2007)")));
        mvc.perform(get("/clusters/{id}/definitions", 987654321L)).andExpect(status().isNotFound());
    }

    @Test
    void administratorChangesADefinitionAndTheChangeIsVersionedAndAudited() throws Exception {
        int version = stored("GUJARAT_INDUSTRIAL").version();

        mvc.perform(post("/admin/definitions/GUJARAT_INDUSTRIAL")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .params(form(Map.of("minimum", "60", "radiusKm", "12", "version", Integer.toString(version)))))
                .andExpect(redirectedUrl("/admin/definitions/GUJARAT_INDUSTRIAL"));

        ClusterDefinition changed = stored("GUJARAT_INDUSTRIAL");
        assertThat(changed.minimum()).isEqualByComparingTo("60");
        assertThat(changed.radiusKm()).hasValueSatisfying(km -> assertThat(km).isEqualByComparingTo("12"));
        assertThat(changed.version()).isEqualTo(version + 1);
        String after = jdbc.sql("""
                        select after_value::text from identity.audit_entry
                        where entity_type = 'cluster_definition' and entity_id = 'GUJARAT_INDUSTRIAL'
                        order by id desc limit 1""").query(String.class).single();
        assertThat(after).contains("\"minimum\"", "60");
    }

    @Test
    void anInvalidChangeIsShownNextToTheFieldAndStoresNothing() throws Exception {
        ClusterDefinition before = stored("GUJARAT_INDUSTRIAL");
        long audited = auditEntries();

        mvc.perform(post("/admin/definitions/GUJARAT_INDUSTRIAL")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .params(form(Map.of("minimum", "-5", "version", Integer.toString(before.version())))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"minimum-problem\"")))
                .andExpect(content().string(containsString("must be a positive number")));
        mvc.perform(post("/admin/definitions/GUJARAT_INDUSTRIAL")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .params(form(Map.of(
                                "minimum",
                                "fifty",
                                "relaxation.HILLY",
                                "30",
                                "version",
                                Integer.toString(before.version())))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"fifty\"")));

        assertThat(stored("GUJARAT_INDUSTRIAL")).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(audited);
    }

    @Test
    void aChangeMadeOnAStaleVersionIsRefused() throws Exception {
        ClusterDefinition read = stored("DC_HANDICRAFTS");
        definitions.update(
                "DC_HANDICRAFTS",
                new DefinitionChanges(
                        new BigDecimal("120"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Map.of(ClusterDefinition.Region.NORTH_EAST, new BigDecimal("50"))),
                read.version());
        long audited = auditEntries();

        mvc.perform(post("/admin/definitions/DC_HANDICRAFTS")
                        .with(user("admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .params(form(Map.of("minimum", "80", "version", Integer.toString(read.version())))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"definition-stale\"")));

        ClusterDefinition now = stored("DC_HANDICRAFTS");
        assertThat(now.minimum()).isEqualByComparingTo("120");
        assertThat(now.relaxations())
                .extracting(ClusterDefinition.Relaxation::region)
                .containsExactly(ClusterDefinition.Region.NORTH_EAST);
        assertThat(auditEntries()).isEqualTo(audited);
    }

    @Test
    void onlyAdministratorsReachTheForm() throws Exception {
        mvc.perform(get("/admin/definitions/IHCDP_HANDLOOM").with(user("cda").roles("CDA")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/definitions/IHCDP_HANDLOOM")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/definitions/IHCDP_HANDLOOM").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"minimum\"")));
        mvc.perform(get("/admin/definitions/NO_SUCH_RULE").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isNotFound());
    }

    private long clusterNamed(String name) {
        return jdbc.sql("select id from registry.cluster where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private ClusterDefinition stored(String code) {
        return definitions.definition(code).orElseThrow();
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from identity.audit_entry where entity_type = 'cluster_definition'")
                .query(Long.class)
                .single();
    }

    private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> values) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        values.forEach(form::add);
        return form;
    }
}
