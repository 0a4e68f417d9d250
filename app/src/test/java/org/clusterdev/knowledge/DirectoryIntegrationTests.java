package org.clusterdev.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A provider registers itself, an editor approves it, users rate it and write to it through the system. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryIntegrationTests {

    static final String PROVIDER = "knowledge.provider";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    KnowledgeSearch search;

    @BeforeEach
    void accounts() {
        KnowledgeFixtures.accounts(accounts);
        if (accounts.findByUsername(PROVIDER).isEmpty()) {
            accounts.create(
                    PROVIDER,
                    PROVIDER,
                    KnowledgeFixtures.PASSWORD,
                    List.of(new RoleGrant(Role.STAKEHOLDER, Scope.nation())));
        }
    }

    @Test
    void aSelfRegisteredProviderIsListedOnlyOnceApprovedAndBuildsUpRatings() throws Exception {
        String location = mvc.perform(post("/directory")
                        .param("kind", "BDS_PROVIDER")
                        .param("name", "Surya Design Studio")
                        .param("description", "Product design and catalogue development for brassware exporters.")
                        .param("services", "DESIGN", "INTERNATIONAL_MARKETING")
                        .param("states", "9")
                        .with(user(PROVIDER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get("/directory").param("kind", "BDS_PROVIDER"))
                .andExpect(content().string(not(containsString("Surya Design Studio"))));
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(PROVIDER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for review")));
        // the provider is no editor
        mvc.perform(post(location + "/review")
                        .param("version", "0")
                        .param("decision", "APPROVE")
                        .with(user(PROVIDER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/review")
                        .param("version", "0")
                        .param("decision", "APPROVE")
                        .with(user(KnowledgeFixtures.EDITOR))
                        .with(csrf()))
                .andExpect(redirectedUrl(location));

        mvc.perform(get("/directory")
                        .param("kind", "BDS_PROVIDER")
                        .param("service", "DESIGN")
                        .param("state", "9"))
                .andExpect(content().string(containsString("Surya Design Studio")));
        mvc.perform(get("/directory").param("kind", "BDS_PROVIDER").param("service", "ENERGY"))
                .andExpect(content().string(not(containsString("Surya Design Studio"))));
        assertThat(search.search(
                                SearchQuery.of("catalogue brassware"),
                                new Reader(Optional.empty(), List.of()),
                                0,
                                10,
                                false)
                        .hits())
                .anySatisfy(hit -> assertThat(hit.title()).isEqualTo("Surya Design Studio"));

        rate(location, KnowledgeFixtures.CDA, "5", "Catalogue for the Moradabad buyer-seller meet");
        rate(location, KnowledgeFixtures.STATE_CELL, "3", "Design clinic");
        rate(location, KnowledgeFixtures.CDA, "4", "Catalogue, second edition"); // replaces the CDA's first rating
        mvc.perform(get(location))
                .andExpect(content().string(containsString("3.5 of 5 (2 ratings)")))
                .andExpect(content().string(containsString("Catalogue, second edition")));
        mvc.perform(post(location + "/rate")
                        .param("stars", "5")
                        .param("activity", "Own praise")
                        .with(user(PROVIDER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/rate")
                        .param("stars", "4")
                        .param("activity", "")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("activity: name the activity")));
    }

    @Test
    void messagesReachTheRegistrantWithoutPublishingAnAddress() throws Exception {
        String location = mvc.perform(post("/directory")
                        .param("kind", "SUPPLIER")
                        .param("name", "Ganga Brass Sheets")
                        .param("description", "Brass sheets and scrap in bulk.")
                        .with(user(PROVIDER))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/review")
                .param("version", "0")
                .param("decision", "APPROVE")
                .with(user(KnowledgeFixtures.EDITOR))
                .with(csrf()));
        mvc.perform(post(location + "/message")
                        .param("body", "Do you supply 0.8 mm sheets to the CFC?")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).with(user(KnowledgeFixtures.STATE_CELL)))
                .andExpect(content().string(not(containsString("0.8 mm sheets"))));
        mvc.perform(get(location).with(user(PROVIDER))).andExpect(content().string(containsString("0.8 mm sheets")));
        long messages = KnowledgeFixtures.count(jdbc, "knowledge.listing_message");
        mvc.perform(post(location + "/message")
                        .param("body", " ")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(content().string(containsString("body: write a message")));
        assertThat(KnowledgeFixtures.count(jdbc, "knowledge.listing_message")).isEqualTo(messages);
    }

    private void rate(String location, String user, String stars, String activity) throws Exception {
        mvc.perform(post(location + "/rate")
                        .param("stars", stars)
                        .param("activity", activity)
                        .with(user(user))
                        .with(csrf()))
                .andExpect(redirectedUrl(location));
    }
}
