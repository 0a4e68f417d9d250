package org.clusterdev.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Editors curate links; others only read them; an address that is no web address is refused. */
@SpringBootTest
@AutoConfigureMockMvc
class LinkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration accounts;

    @BeforeEach
    void accounts() {
        KnowledgeFixtures.accounts(accounts);
    }

    @Test
    void anEditorAddsAReadingLinkThatEveryoneSees() throws Exception {
        mvc.perform(post("/links")
                        .param("kind", "READING")
                        .param("title", "Cluster development: a methodology")
                        .param("url", "https://www.unido.org/clusters")
                        .param("listName", "Starting a cluster programme")
                        .with(user(KnowledgeFixtures.EDITOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/links"))
                .andExpect(content().string(containsString("Cluster development: a methodology")))
                .andExpect(content().string(containsString("Starting a cluster programme")));
    }

    @Test
    void refusesAScriptAddressAndANonEditor() throws Exception {
        mvc.perform(post("/links")
                        .param("kind", "INTERNATIONAL_SITE")
                        .param("title", "Tricky")
                        .param("url", "javascript:alert(1)")
                        .with(user(KnowledgeFixtures.EDITOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("url: give a web address")));
        mvc.perform(post("/links")
                        .param("kind", "INTERNATIONAL_SITE")
                        .param("title", "Not mine to add")
                        .param("url", "https://example.org")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
