package org.clusterdev.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Uploading documents through the page: type by content, refusals that store nothing, text found by search. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentIntegrationTests {

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
    }

    @Test
    void uploadsAPdfAndFindsItByAHindiWordWithTheWordMarked() throws Exception {
        String location = mvc.perform(upload("bhadohi.pdf", KnowledgeFixtures.pdf(), "Bhadohi diagnostic study")
                        .param("clusters", Long.toString(KnowledgeFixtures.cluster(jdbc, "Agra Footwear")))
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/documents/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String stored = jdbc.sql("select media_type from knowledge.document where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo("application/pdf");

        SearchResults found = search.search(
                SearchQuery.of("कालीन"), new Reader(java.util.Optional.empty(), java.util.List.of()), 0, 10, false);
        SearchResults.Hit hit = found.hits().stream()
                .filter(h -> h.source().equals("DOCUMENT") && h.sourceId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(hit.snippet()).anySatisfy(segment -> {
            assertThat(segment.match()).isTrue();
            assertThat(segment.text()).isEqualTo("कालीन");
        });
        assertThat(found.facets().get("kind"))
                .extracting(SearchResults.FacetValue::value)
                .contains("DIAGNOSTIC_REPORT");

        // no record holds the misspelt words: titles that resemble them are offered instead
        SearchResults resembling = search.search(
                SearchQuery.of("bhadohy diagnostik"),
                new Reader(java.util.Optional.empty(), java.util.List.of()),
                0,
                10,
                false);
        assertThat(resembling.spellingTolerant()).isTrue();
        assertThat(resembling.hits()).anySatisfy(h -> assertThat(h.title()).isEqualTo("Bhadohi diagnostic study"));

        mvc.perform(get("/search").param("q", "कालीन"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>कालीन</mark>")));
        mvc.perform(get("/documents/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Agra Footwear")));
        mvc.perform(get("/documents/" + id + "/file"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(KnowledgeFixtures.pdf()));
    }

    @Test
    void refusesAScriptNamedAsAPdfAndStoresNothing() throws Exception {
        assertRefusedAndNothingStored(
                "report.pdf",
                "#!/bin/sh\necho this is no report\n".getBytes(StandardCharsets.UTF_8),
                "its content is application/x-sh, which is not accepted");
    }

    @Test
    void refusesAPdfNamedAsAnImage() throws Exception {
        assertRefusedAndNothingStored(
                "photo.png", KnowledgeFixtures.pdf(), "named .png but its content is application/pdf");
    }

    @Test
    void refusesATruncatedPdfAsDamagedAndStoresNothing() throws Exception {
        byte[] pdf = KnowledgeFixtures.pdf();
        assertRefusedAndNothingStored("broken.pdf", Arrays.copyOf(pdf, pdf.length / 3), "cannot be read as PDF");
    }

    @Test
    void refusesAnUploadWithoutATitleBeforeReadingTheFile() throws Exception {
        assertRefusedAndNothingStored("bhadohi.pdf", KnowledgeFixtures.pdf(), "title:", "");
    }

    @Test
    void aStakeholderOrAVisitorMayNotUpload() throws Exception {
        long before = KnowledgeFixtures.count(jdbc, "knowledge.document");
        mvc.perform(upload("bhadohi.pdf", KnowledgeFixtures.pdf(), "Anonymous").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/documents").with(user("someone.without.account")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"upload-form\""))));
        assertThat(KnowledgeFixtures.count(jdbc, "knowledge.document")).isEqualTo(before);
    }

    @Test
    void aRestrictedDocumentIsHiddenFromVisitorsAndOtherRolesButFoundByItsRole() throws Exception {
        String location = mvc.perform(
                        upload("plan.pdf", KnowledgeFixtures.pdf(), "Restricted plan zarigold", "RESTRICTED")
                                .param("roles", "STATE_CELL")
                                .with(user(KnowledgeFixtures.CDA))
                                .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get(location + "/file")).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(KnowledgeFixtures.EDITOR))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(KnowledgeFixtures.STATE_CELL))).andExpect(status().isOk());
        mvc.perform(get(location).with(user(KnowledgeFixtures.CDA))).andExpect(status().isOk());

        mvc.perform(get("/search").param("q", "zarigold"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Restricted plan zarigold"))));
        mvc.perform(get("/search").param("q", "zarigold").with(user(KnowledgeFixtures.STATE_CELL)))
                .andExpect(content().string(containsString("Restricted plan zarigold")));
    }

    @Test
    void aRestrictedDocumentWithoutRolesIsRefused() throws Exception {
        long before = KnowledgeFixtures.count(jdbc, "knowledge.document");
        mvc.perform(upload("plan.pdf", KnowledgeFixtures.pdf(), "No roles", "RESTRICTED")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("roles: a restricted document names at least one role")));
        assertThat(KnowledgeFixtures.count(jdbc, "knowledge.document")).isEqualTo(before);
    }

    private void assertRefusedAndNothingStored(String name, byte[] bytes, String reason) throws Exception {
        assertRefusedAndNothingStored(name, bytes, reason, "A refused file");
    }

    private void assertRefusedAndNothingStored(String name, byte[] bytes, String reason, String title)
            throws Exception {
        long documents = KnowledgeFixtures.count(jdbc, "knowledge.document");
        long entries = KnowledgeFixtures.count(jdbc, "knowledge.entry");
        long files = files();
        mvc.perform(upload(name, bytes, title).with(user(KnowledgeFixtures.CDA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"upload-error\"")))
                .andExpect(content().string(containsString(reason)));
        assertThat(KnowledgeFixtures.count(jdbc, "knowledge.document")).isEqualTo(documents);
        assertThat(KnowledgeFixtures.count(jdbc, "knowledge.entry")).isEqualTo(entries);
        assertThat(files()).as("files kept under the data directory").isEqualTo(files);
    }

    private static long files() throws java.io.IOException {
        Path root = Path.of("target/test-data/knowledge");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes, String title) {
        return upload(name, bytes, title, "PUBLIC");
    }

    private static MockMultipartHttpServletRequestBuilder upload(
            String name, byte[] bytes, String title, String visibility) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/documents")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("title", title)
                .param("kind", "DIAGNOSTIC_REPORT")
                .param("language", "en")
                .param("year", "2024")
                .param("visibility", visibility);
    }
}
