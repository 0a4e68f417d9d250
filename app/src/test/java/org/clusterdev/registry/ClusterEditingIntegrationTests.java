package org.clusterdev.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class ClusterEditingIntegrationTests {

    static final String ODISHA_CELL = "editing.odisha.cell";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    ClusterEditing editing;

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
    void aStateCellEditsAClusterOfItsStateAndTheChangeIsAuditedWithBeforeAndAfter() throws Exception {
        ClusterDraft konark = draftNamed("Konark");
        mvc.perform(edit(konark, konark.version(), "places", "Konark, Puri district villages"))
                .andExpect(redirectedUrl("/clusters/" + konark.id()));

        ClusterDraft after = editing.draft(konark.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(konark.version() + 1);
        assertThat(after.values().places()).contains("Konark, Puri district villages");
        assertThat(editing.history(konark.id())).first().satisfies(change -> {
            assertThat(change.actor()).isEqualTo(ODISHA_CELL);
            assertThat(change.action()).isEqualTo("UPDATE");
            assertThat(change.afterValue()).contains("Konark, Puri district villages");
        });
    }

    @Test
    void refusesAStaleVersionSoNobodyOverwritesAnotherPersonsChange() throws Exception {
        ClusterDraft konark = draftNamed("Konark");
        mvc.perform(edit(konark, konark.version(), "source", "first editor")).andExpect(status().is3xxRedirection());
        mvc.perform(edit(konark, konark.version(), "source", "second editor, stale form"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("someone else changed this cluster")));
        assertThat(editing.draft(konark.id()).orElseThrow().values().source()).contains("first editor");
    }

    @Test
    void showsAValidationErrorNextToTheFieldAndStoresNothing() throws Exception {
        ClusterDraft konark = draftNamed("Konark");
        mvc.perform(edit(konark, konark.version(), "latitude", "95"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must lie in India")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(editing.draft(konark.id()).orElseThrow().version()).isEqualTo(konark.version());
    }

    @Test
    void aStateCellMayNotEditAnotherStatesClusterNorMoveOneThere() throws Exception {
        ClusterDraft rajkot = draftNamed("Rajkot");
        mvc.perform(get("/clusters/" + rajkot.id() + "/edit").with(user(ODISHA_CELL)))
                .andExpect(status().isForbidden());
        ClusterDraft konark = draftNamed("Konark");
        mvc.perform(edit(konark, konark.version(), "state", "24", "district", ""))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorAddsAClusterButNotTwiceWithTheSameNameInAState() throws Exception {
        MockHttpServletRequestBuilder create = post("/clusters/new")
                .with(user("admin").roles("ADMINISTRATOR"))
                .with(csrf())
                .param("name", "Pipili Applique Work")
                .param("product", "Applique craft")
                .param("typology", "HANDICRAFT")
                .param("state", "21")
                .param("district", "Puri")
                .param("latitude", "20.1136")
                .param("longitude", "85.8312")
                .param("status", "IDENTIFIED");
        mvc.perform(create).andExpect(redirectedUrlPattern("/clusters/*"));
        assertThat(registry.search(searchFor("Pipili"), 0, 10))
                .singleElement()
                .satisfies(cluster -> assertThat(cluster.districtName()).isEqualTo("Puri"));

        mvc.perform(create)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already exists in this state")));
        assertThat(registry.count(searchFor("Pipili"))).isEqualTo(1);
    }

    @Test
    void editingNeedsASignedInUser() throws Exception {
        mvc.perform(get("/clusters/new")).andExpect(redirectedUrl("/login"));
    }

    /** The edit form as the browser posts it, with some fields changed. */
    private MockHttpServletRequestBuilder edit(ClusterDraft draft, int version, String... changed) {
        var values = draft.values();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Integer.toString(version));
        fields.put("name", values.name());
        fields.put("product", values.product());
        fields.put("typology", values.typologyCode());
        fields.put("state", Integer.toString(values.stateCode()));
        fields.put("district", values.districtName().orElse(""));
        fields.put("latitude", Double.toString(values.latitude()));
        fields.put("longitude", Double.toString(values.longitude()));
        fields.put("status", values.status());
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/clusters/" + draft.id() + "/edit")
                .with(user(ODISHA_CELL))
                .with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private ClusterDraft draftNamed(String text) {
        long id = registry.search(searchFor(text), 0, 1).get(0).id();
        return editing.draft(id).orElseThrow();
    }

    private static ClusterSearch searchFor(String text) {
        return ClusterSearch.everything().withText(text);
    }
}
