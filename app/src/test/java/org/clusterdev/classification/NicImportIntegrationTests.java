package org.clusterdev.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.clusterdev.TestDatabase;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobStatus;
import org.clusterdev.platform.JobView;
import org.clusterdev.platform.Jobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An administrator uploads NIC-2008 lists from real CSV files (under {@code src/test/resources/classification})
 * and the import job stores them, or refuses them whole.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NicImportIntegrationTests {

    static final String PAGE = "/admin/classification/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    Jobs jobs;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Classification classification;

    @Autowired
    JdbcClient jdbc;

    /** The tests import below divisions 14 and 15 only, and leave them as the migration stored them. */
    @BeforeEach
    @AfterEach
    void removeCodesBelowDivisions14And15() {
        jdbc.sql("delete from classification.nic_code where length(code) > 2 and left(code, 2) in ('14', '15')")
                .update();
    }

    @Test
    void addsGroupsAndClassesUnderStoredDivisionsAndUpdatesATitle() throws Exception {
        jdbc.sql("insert into classification.nic_code values ('142', 'GROUP', '14', 'C', 'Fur articles (old title)')")
                .update();

        JobView job = upload("nic-wearing-apparel.csv");

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.createdBy()).isEqualTo(TestDatabase.ADMIN_USERNAME);
        assertThat(job.message())
                .hasValueSatisfying(message -> assertThat(message).contains("4 new codes", "1 titles updated"));
        assertThat(job.resultLink()).contains("/classification");
        assertThat(classification.find("14101")).hasValueSatisfying(code -> {
            assertThat(code.level()).isEqualTo(NicLevel.SUBCLASS);
            assertThat(code.parentCode()).contains("1410");
            assertThat(code.section()).isEqualTo("C");
        });
        assertThat(classification.children(java.util.Optional.of("14")))
                .extracting(NicCode::code)
                .containsExactly("141", "142");
        assertThat(classification.find("142").orElseThrow().title()).isEqualTo("Manufacture of articles of fur");
        assertThat(lastNicAuditEntry())
                .containsEntry("actor", TestDatabase.ADMIN_USERNAME)
                .containsEntry("action", "IMPORT")
                .containsEntry("inserted", "4")
                .containsEntry("updated", "1");
    }

    @Test
    void failsNamingEveryBadRowAndStoresNothing() throws Exception {
        JobView job = upload("nic-with-errors.csv");

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.message())
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("Problems found in the file: 2. Nothing was stored")
                        .contains("Row 3, code: \"1X11\" is not a NIC-2008 code")
                        .contains("Row 5, code: the parent 999 of 9991 is neither stored nor in the file")
                        .doesNotContain("Row 2", "Row 4"));
        assertThat(jdbc.sql("select count(*) from classification.nic_code where code like '15_%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void letsOnlyAnAdministratorOpenTheImportPage() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(PAGE).with(user("cda").roles("CDA"))).andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE)
                        .file(csv("nic-wearing-apparel.csv"))
                        .with(user("cda").roles("CDA"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void refusesAnEmptyFileAndOneThatIsNotUtf8() throws Exception {
        mvc.perform(multipart(PAGE)
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is empty.")));
        byte[] latin1 = "code,title\n141,Fa\u00e7ades\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        mvc.perform(multipart(PAGE)
                        .file(new MockMultipartFile("file", "latin1.csv", "text/csv", latin1))
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is not UTF-8 text.")));
    }

    /** Uploads a test file through the page, follows the redirect to its job and waits for the job to end. */
    private JobView upload(String file) throws Exception {
        String jobPage = mvc.perform(
                        multipart(PAGE).file(csv(file)).with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/jobs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        JobId id = new JobId(UUID.fromString(jobPage.substring("/jobs/".length())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jobs.find(id).orElseThrow().finished());
        return jobs.find(id).orElseThrow();
    }

    private static MockMultipartFile csv(String file) throws IOException {
        byte[] content = new ClassPathResource("classification/" + file).getContentAsByteArray();
        return new MockMultipartFile("file", file, "text/csv", content);
    }

    private Map<String, Object> lastNicAuditEntry() {
        return jdbc.sql("""
                        select actor, action, after_value ->> 'inserted' as inserted,
                               after_value ->> 'updated' as updated
                        from identity.audit_entry where entity_type = 'nic' order by id desc limit 1""").query().singleRow();
    }

    /** Signs the request in as the administrator every test context creates, loaded from the database. */
    private RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername(TestDatabase.ADMIN_USERNAME));
    }
}
