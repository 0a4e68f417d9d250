package org.clusterdev.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.clusterdev.TestDatabase;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobStatus;
import org.clusterdev.platform.JobView;
import org.clusterdev.platform.Jobs;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.clusterdev.registry.DefinitionVerdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An enterprise file generated here (firms around Rajkot, Moradabad and Guwahati, scattered noise and two bad rows)
 * is uploaded, mapped as a job and compared with the sample registry; a new candidate goes through field
 * validation into the registry.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MappingIntegrationTests {

    static final String ASSAM_CELL = "mapping.assam.cell";

    @Autowired
    MockMvc mvc;

    @Autowired
    Jobs jobs;

    @Autowired
    EnterpriseMapping mapping;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private Long promoted;

    @BeforeEach
    void assamStateCell() {
        if (accounts.findByUsername(ASSAM_CELL).isEmpty()) {
            accounts.create(
                    ASSAM_CELL,
                    "Assam state cell",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.STATE_CELL, Scope.state(18))));
        }
    }

    /** Other tests count the sample clusters: the cluster promoted here does not outlive this test. */
    @AfterEach
    void removePromotedCluster() {
        if (promoted != null) {
            jdbc.sql("update mapping.candidate set promoted_cluster_id = null where promoted_cluster_id = ?")
                    .param(promoted)
                    .update();
            jdbc.sql("delete from registry.cluster where id = ?")
                    .param(promoted)
                    .update();
        }
    }

    @Test
    void aCdaMayNotUploadNorStartARun() throws Exception {
        mvc.perform(multipart("/mapping/datasets")
                        .file(file())
                        .with(user("mapping.cda").roles("CDA"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mapping/runs/new").with(user("mapping.cda").roles("CDA")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mapping").with(user("mapping.cda").roles("CDA")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"upload-form\""))));
    }

    @Test
    void refusesAFileWithBadRowsListingThemAndStoresNothingUnlessAskedToSkipThem() throws Exception {
        long before = mapping.datasets().size();
        mvc.perform(multipart("/mapping/datasets")
                        .file(file())
                        .param("badRows", "REFUSE")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"upload-refused\"")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("<td>5</td>")));
        assertThat(mapping.datasets()).hasSize((int) before);
    }

    @Test
    void refusesARepeatedFirmIdNamingTheLineOfTheFirstAndSkipsItWhenAsked() throws Exception {
        MockMultipartFile repeated = new MockMultipartFile(
                "file",
                "repeated-ids.csv",
                "text/csv",
                ("id,lat,lon,nic,employment,turnover_inr,exports_inr\n"
                                + "REP-1,22.3040,70.8020,28110,12,0,0\n"
                                + "REP-2,22.3042,70.8025,28110,8,0,0\n"
                                + "REP-1,22.9000,70.9000,28110,3,0,0\n")
                        .getBytes(StandardCharsets.UTF_8));
        long before = mapping.datasets().size();
        mvc.perform(multipart("/mapping/datasets")
                        .file(repeated)
                        .param("badRows", "REFUSE")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"upload-refused\"")))
                .andExpect(content().string(containsString("<td>4</td>")))
                .andExpect(content().string(containsString("REP-1 already on line 2")));
        assertThat(mapping.datasets()).hasSize((int) before);

        String location = mvc.perform(multipart("/mapping/datasets")
                        .file(repeated)
                        .param("badRows", "SKIP")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long datasetId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        DatasetView dataset = mapping.dataset(datasetId).orElseThrow();
        assertThat(dataset.rows()).isEqualTo(3);
        assertThat(dataset.badRows()).isEqualTo(1);
        assertThat(mapping.badRows(datasetId))
                .extracting(BadRow::toString)
                .containsExactly(new BadRow(4, "id", "REP-1 already on line 2").toString());
        mvc.perform(get("/mapping/datasets/" + datasetId).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("REP-1 already on line 2")));
    }

    @Test
    void mapsTheUploadAsAJobComparesWithTheRegistryAndPromotesAFieldValidatedCandidate() throws Exception {
        long datasetId = uploadSkippingBadRows();
        DatasetView dataset = mapping.dataset(datasetId).orElseThrow();
        assertThat(dataset.badRows()).isEqualTo(2);
        assertThat(mapping.badRows(datasetId)).extracting(BadRow::line).containsExactly(3L, 5L);
        mvc.perform(get("/mapping/datasets/" + datasetId).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bad-rows\"")));

        long runId = run(datasetId);
        List<CandidateView> candidates = mapping.candidates(runId);
        assertThat(candidates).hasSize(3);
        CandidateView rajkot = near(candidates, 22.30, 70.80);
        CandidateView moradabad = near(candidates, 28.84, 78.77);
        CandidateView guwahati = near(candidates, 26.14, 91.74);
        assertThat(rajkot.comparison()).isEqualTo(Comparison.REGISTERED);
        assertThat(rajkot.units()).isEqualTo(60);
        assertThat(registry.summary(rajkot.registryClusterId().orElseThrow()))
                .map(ClusterSummary::name)
                .contains("Rajkot Diesel Engines");
        // the sample registry holds Moradabad Brassware, NIC 2599, so 40 brass firms there are registered
        assertThat(moradabad.comparison()).isEqualTo(Comparison.REGISTERED);
        assertThat(registry.summary(moradabad.registryClusterId().orElseThrow()))
                .map(ClusterSummary::name)
                .contains("Moradabad Brassware");
        assertThat(guwahati.comparison()).isEqualTo(Comparison.NEW);
        assertThat(guwahati.stateCode()).contains(18);
        assertThat(mapping.notFound(runId))
                .extracting(MissingCluster::name)
                .contains("Bidar Bidriware")
                .doesNotContain("Rajkot Diesel Engines", "Moradabad Brassware");

        mvc.perform(get("/mapping/runs/" + runId).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "/clusters/" + rajkot.registryClusterId().get())))
                .andExpect(content().string(containsString("id=\"mapping-map\"")));
        mvc.perform(get("/mapping/runs/" + runId).param("lang", "hi").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("संभावित क्लस्टर")))
                .andExpect(content().string(containsString("पहले से पंजीकृत")));

        listedByComparisonAndPage(runId, rajkot, guwahati, candidates);
        checkedAgainstEveryDefinition(rajkot, guwahati);
        validateInTheField(guwahati);
    }

    /** The list narrows to new or registered candidates, with their counts, and comes in pages. */
    private void listedByComparisonAndPage(
            long runId, CandidateView rajkot, CandidateView guwahati, List<CandidateView> all) throws Exception {
        assertThat(mapping.candidateCounts(runId))
                .containsEntry(Comparison.NEW, 1L)
                .containsEntry(Comparison.REGISTERED, 2L);
        assertThat(mapping.candidates(runId, java.util.Optional.of(Comparison.NEW), 0, 50))
                .extracting(CandidateView::id)
                .containsExactly(guwahati.id());
        assertThat(mapping.candidates(runId, java.util.Optional.empty(), 1, 1))
                .extracting(CandidateView::id)
                .containsExactly(all.get(1).id());
        mvc.perform(get("/mapping/runs/" + runId).param("shown", "NEW").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"candidate-" + guwahati.id() + "\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(containsString("id=\"candidate-" + rajkot.id() + "\""))))
                .andExpect(content().string(containsString("New (1)")))
                .andExpect(content().string(containsString("Already registered (2)")))
                .andExpect(content().string(containsString("name=\"shown\" value=\"NEW\"")));
    }

    /** Gujarat counts 50 firms within 10 km, the discussants 100 within 25 km; a candidate has no typology yet. */
    private void checkedAgainstEveryDefinition(CandidateView rajkot, CandidateView guwahati) throws Exception {
        assertThat(rajkot.definitionsMet()).contains("GUJARAT_INDUSTRIAL").doesNotContain("DISCUSSANTS_2007");
        assertThat(guwahati.definitionsMet()).doesNotContain("GUJARAT_INDUSTRIAL", "DISCUSSANTS_2007");
        assertThat(mapping.verdicts(rajkot))
                .filteredOn(verdict -> verdict.code().equals("UNIDO_CDP_INDUSTRIAL"))
                .singleElement()
                .satisfies(verdict -> assertThat(verdict.outcome()).isEqualTo(DefinitionVerdict.Outcome.MISSED));
        mvc.perform(get("/mapping/candidates/" + rajkot.id()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"DISCUSSANTS_2007\" data-outcome=\"MISSED\"")))
                .andExpect(content().string(containsString("60 enterprises, needs 100")))
                .andExpect(content().string(containsString("data-code=\"GUJARAT_INDUSTRIAL\" data-outcome=\"MET\"")));
        mvc.perform(get("/mapping/runs/" + rajkot.runId()).with(admin()))
                .andExpect(content().string(containsString("/mapping/candidates/" + rajkot.id())));
    }

    private void validateInTheField(CandidateView guwahati) throws Exception {
        String candidate = "/mapping/candidates/" + guwahati.id();
        mvc.perform(post(candidate + "/promote")
                        .param("name", "x")
                        .param("product", "y")
                        .param("typology", "TRADITIONAL_MANUFACTURING")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("only a candidate confirmed in the field is promoted")));
        mvc.perform(post(candidate + "/send")
                        .param("reviewer", ASSAM_CELL)
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(candidate + "/confirm")
                        .param("confidence", "MEDIUM")
                        .param("note", "Visited 12 units making pump parts; association confirms about 30 more.")
                        .with(user(ASSAM_CELL))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String name = "Guwahati engineering " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post(candidate + "/promote")
                        .param("name", name)
                        .param("product", "Engine and pump parts")
                        .param("typology", "TRADITIONAL_MANUFACTURING")
                        .with(user(ASSAM_CELL))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        CandidateView after = mapping.candidate(guwahati.id()).orElseThrow();
        assertThat(after.review()).isEqualTo(Review.CONFIRMED);
        assertThat(after.confidence()).contains(Confidence.MEDIUM);
        promoted = after.promotedClusterId().orElseThrow();
        ClusterSummary cluster = registry.summary(promoted).orElseThrow();
        assertThat(cluster.status()).isEqualTo("IDENTIFIED");
        assertThat(cluster.name()).isEqualTo(name);
        assertThat(cluster.stateCode()).isEqualTo(18);
        assertThat(jdbc.sql("select count(*) from identity.audit_entry where entity_type = 'mapping-candidate'"
                                + " and entity_id = ?")
                        .param(Long.toString(guwahati.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private long uploadSkippingBadRows() throws Exception {
        String location = mvc.perform(multipart("/mapping/datasets")
                        .file(file())
                        .param("badRows", "SKIP")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/mapping/datasets/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long run(long datasetId) throws Exception {
        String jobPage = mvc.perform(post("/mapping/runs")
                        .param("dataset", Long.toString(datasetId))
                        .param("epsKm", "5")
                        .param("minUnits", "20")
                        .param("nicDigits", "4")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/jobs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        JobId id = new JobId(UUID.fromString(jobPage.substring("/jobs/".length())));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jobs.find(id).orElseThrow().finished());
        JobView job = jobs.find(id).orElseThrow();
        assertThat(job.status()).as(job.message().orElse("")).isEqualTo(JobStatus.SUCCEEDED);
        String link = job.resultLink().orElseThrow();
        long runId = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        assertThat(mapping.run(runId))
                .hasValueSatisfying(run -> assertThat(run.done()).isTrue());
        return runId;
    }

    private static CandidateView near(List<CandidateView> candidates, double latitude, double longitude) {
        return candidates.stream()
                .filter(c -> Math.abs(c.latitude() - latitude) < 0.05 && Math.abs(c.longitude() - longitude) < 0.05)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no candidate near " + latitude + ", " + longitude));
    }

    /** 60 engine firms at Rajkot, 40 brass firms at Moradabad, 25 engine firms at Guwahati, noise, 2 bad rows. */
    static MockMultipartFile file() {
        StringBuilder csv = new StringBuilder("id,lat,lon,nic,employment,turnover_inr,exports_inr,district,state\n");
        csv.append("F-0001,22.3040,70.8020,28110,12,1500000,0,Rajkot,Gujarat\n");
        csv.append("BAD-1,abc,70.8,28110,5,0,0,Rajkot,Gujarat\n"); // line 3
        csv.append("F-0002,22.3042,70.8025,28110,8,900000,0,Rajkot,Gujarat\n");
        csv.append("BAD-2,95,70.8,28110,5,0,0,Rajkot,Gujarat\n"); // line 5
        Random random = new Random(42);
        firms(csv, random, "R", 58, 22.3039, 70.8022, "28110", "Rajkot", "Gujarat");
        firms(csv, random, "M", 40, 28.8386, 78.7733, "25993", "Moradabad", "Uttar Pradesh");
        firms(csv, random, "G", 25, 26.1445, 91.7362, "28110", "Kamrup", "Assam");
        for (int i = 0; i < 20; i++) {
            double lat = 10 + i * 1.1;
            double lon = 74 + (i % 7) * 2.3;
            csv.append(String.format(
                    Locale.ROOT, "N-%d,%.5f,%.5f,%s,3,200000,0,,%n", i, lat, lon, i % 2 == 0 ? "10712" : "28110"));
        }
        return new MockMultipartFile(
                "file", "enterprises.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void firms(
            StringBuilder csv,
            Random random,
            String prefix,
            int count,
            double lat,
            double lon,
            String nic,
            String district,
            String state) {
        for (int i = 0; i < count; i++) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s-%d,%.5f,%.5f,%s,%d,%d,0,%s,%s%n",
                    prefix,
                    i,
                    lat + (random.nextDouble() - 0.5) * 0.024,
                    lon + (random.nextDouble() - 0.5) * 0.024,
                    nic,
                    5 + random.nextInt(20),
                    500000 + random.nextInt(2000000),
                    district,
                    state));
        }
    }

    private RequestPostProcessor admin() {
        return user(users.loadUserByUsername(TestDatabase.ADMIN_USERNAME));
    }
}
