package org.clusterdev.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdev.TestDatabase;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobStatus;
import org.clusterdev.platform.JobView;
import org.clusterdev.platform.Jobs;
import org.clusterdev.registry.transfer.ImportKind;
import org.clusterdev.registry.transfer.ImportPermission;
import org.clusterdev.registry.transfer.ImportPreview;
import org.clusterdev.registry.transfer.ImportProblem;
import org.clusterdev.registry.transfer.RegistryImports;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports real CSV and XLSX files into the registry of the shared test PostgreSQL through the import pages
 * and jobs, and exports what is stored as CSV, XLSX and GeoJSON. Every cluster these tests create has a
 * name starting with "Transfer", so they never meet the sample clusters or other tests' data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryTransferIntegrationTests {

    static final String PAGE = "/clusters/import";
    static final Pattern UPLOAD = Pattern.compile("name=\"upload\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Jobs jobs;

    @Autowired
    RegistryImports imports;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void refusesAFileWithBadRowsNamingEveryProblemAndStoresNothing() throws Exception {
        byte[] file = resource("clusters-with-errors.csv");

        ImportPreview preview = imports.preview(ImportKind.CLUSTERS, file, ImportPermission.nationwide());

        assertThat(preview.applicable()).isFalse();
        assertThat(preview.problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "state"),
                        org.assertj.core.groups.Tuple.tuple(6, "latitude"));
        assertThat(preview.problems().get(0).reason()).contains("Atlantis");
        assertThat(preview.problems().get(1).reason()).contains("95");
        mvc.perform(multipart(PAGE)
                        .file(csv("clusters-with-errors.csv", file))
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-problems\"")))
                .andExpect(content().string(containsString("Atlantis")))
                .andExpect(content().string(containsString("is not a state or union territory")))
                .andExpect(content().string(not(containsString("name=\"upload\""))));

        JobView job = finished(imports.apply(
                ImportKind.CLUSTERS, "clusters-with-errors.csv", file, ImportPermission.nationwide(), () -> {}));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.message())
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("Problems found in the file: 2. Nothing was stored.")
                        .contains("Row 4, state:")
                        .contains("Row 6, latitude:"));
        assertThat(clustersNamed("Transfer Refused")).isZero();
    }

    @Test
    void createsClustersFromACsvAndUpdatesThemFromAnXlsxThroughTheImportPages() throws Exception {
        JobView created = applyThroughPages(csv("clusters-new.csv", resource("clusters-new.csv")), "3 new");

        assertThat(created.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(created.message()).hasValueSatisfying(m -> assertThat(m).contains("3 new, 0 updated"));
        List<ClusterSummary> found = search("Transfer Test");
        assertThat(found)
                .extracting(ClusterSummary::name)
                .containsExactly("Transfer Test Bell Metal", "Transfer Test Brass Ware", "Transfer Test Foundry");
        ClusterSummary bellMetal = found.get(0);
        assertThat(bellMetal.turnoverRupees()).isEqualTo(12_500_000L);
        assertThat(bellMetal.figuresYear()).isEqualTo(2024);
        assertThat(auditActions(bellMetal.id())).containsExactly("CREATE");

        byte[] workbook = workbook(List.of(
                List.of("name", "state", "product", "typology", "status", "year", "enterprises", "exports_rupees"),
                List.of(
                        "Transfer Test Bell Metal",
                        "Odisha",
                        "Bell-metal utensils, lamps",
                        "HANDICRAFT",
                        "VALIDATED",
                        2025,
                        90,
                        4_000_000),
                List.of("Transfer Test Appliqué", "Odisha", "Appliqué work", "HANDICRAFT", "IDENTIFIED", 2025, 40, 0)));
        ImportPreview preview = imports.preview(ImportKind.CLUSTERS, workbook, ImportPermission.nationwide());
        assertThat(preview.problems())
                .extracting(ImportProblem::column)
                .containsExactly("latitude"); // the new cluster has no position
        workbook = workbook(List.of(
                List.of(
                        "name",
                        "state",
                        "product",
                        "typology",
                        "status",
                        "year",
                        "enterprises",
                        "exports_rupees",
                        "pin"),
                List.of(
                        "Transfer Test Bell Metal",
                        "Odisha",
                        "Bell-metal utensils, lamps",
                        "HANDICRAFT",
                        "VALIDATED",
                        2025,
                        90,
                        4_000_000,
                        ""),
                List.of(
                        "Transfer Test Appliqué",
                        "Odisha",
                        "Appliqué work",
                        "HANDICRAFT",
                        "IDENTIFIED",
                        2025,
                        40,
                        0,
                        752001)));

        JobView updated = applyThroughPages(
                new MockMultipartFile("file", "update.xlsx", "application/octet-stream", workbook), "1 new, 1 updated");

        assertThat(updated.status()).isEqualTo(JobStatus.SUCCEEDED);
        ClusterSummary after = registry.summary(bellMetal.id()).orElseThrow();
        assertThat(after.status()).isEqualTo("VALIDATED");
        assertThat(after.figuresYear()).isEqualTo(2025);
        assertThat(after.enterprises()).isEqualTo(90);
        assertThat(after.exportsRupees()).isEqualTo(4_000_000L);
        assertThat(after.latitude()).isEqualTo(19.8135); // kept: the file gave no position for it
        assertThat(search("Transfer Test")).extracting(ClusterSummary::name).contains("Transfer Test Appliqué");
        assertThat(auditActions(bellMetal.id())).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void placesARowThatGivesOnlyAPinAtThePinsPositionAndDistrict() throws Exception {
        byte[] file = """
                name,product,typology,state,pin
                Transfer Pin Horn Work,Buffalo horn articles,HANDICRAFT,Odisha,751001
                """.getBytes(StandardCharsets.UTF_8);

        JobView job =
                finished(imports.apply(ImportKind.CLUSTERS, "pin.csv", file, ImportPermission.nationwide(), () -> {}));

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        ClusterSummary cluster = search("Transfer Pin Horn Work").get(0);
        assertThat(cluster.latitude()).isEqualTo(20.09);
        assertThat(cluster.longitude()).isEqualTo(85.5114);
        assertThat(cluster.districtName()).isEqualTo("Khordha");
        assertThat(cluster.status()).isEqualTo("IDENTIFIED");
    }

    @Test
    void anExportedListImportsAgainAsUnchanged() throws Exception {
        byte[] file = """
                name,product,nic_code,typology,state,district,latitude,longitude,status,year,enterprises,micro,small,medium,artisans,looms,families,employment,turnover_rupees,exports_rupees,minority_share,sc_st_share,description,source
                Transfer Roundtrip Carpets,"Hand-knotted carpets, ""Bhadohi"" style",1393,HANDICRAFT,Uttar Pradesh,Bhadohi,25.3950,82.5680,UNDER_INTERVENTION,2023,900,850,45,5,12000,3000,9000,15000,9000000000,6500000000,35.25,20,"Line one, with comma",Survey
                Transfer Roundtrip Zari,Zari and zardozi embroidery,1399,HANDICRAFT,Uttar Pradesh,Varanasi,25.3176,82.9739,IDENTIFIED,,,,,,,,,,,,,,,
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(finished(imports.apply(
                                ImportKind.CLUSTERS, "round.csv", file, ImportPermission.nationwide(), () -> {}))
                        .status())
                .isEqualTo(JobStatus.SUCCEEDED);

        byte[] exportedCsv = mvc.perform(get("/clusters/export.csv")
                        .param("q", "Transfer Roundtrip")
                        .param("state", "9"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] exportedXlsx = mvc.perform(get("/clusters/export.xlsx")
                        .param("q", "Transfer Roundtrip")
                        .param("state", "9"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String header = new String(exportedCsv, StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow();
        assertThat(header).isEqualTo("\uFEFF" + String.join(",", ImportKind.CLUSTER_COLUMNS));
        for (byte[] exported : List.of(exportedCsv, exportedXlsx)) {
            ImportPreview again = imports.preview(ImportKind.CLUSTERS, exported, ImportPermission.nationwide());
            assertThat(again.problems()).isEmpty();
            assertThat(again.rows()).isEqualTo(2);
            assertThat(again.unchanged()).isEqualTo(2);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exportedXlsx))) {
            Row carpets = workbook.getSheetAt(0).getRow(1);
            assertThat(carpets.getCell(0).getStringCellValue()).isEqualTo("Transfer Roundtrip Carpets");
            assertThat(carpets.getCell(ImportKind.CLUSTER_COLUMNS.indexOf("turnover_rupees"))
                            .getNumericCellValue())
                    .isEqualTo(9_000_000_000d);
        }
    }

    @Test
    void theWholeRegistryExportedAsCsvImportsAgainWithoutAProblem() throws Exception {
        byte[] exported = mvc.perform(get("/clusters/export.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        ImportPreview again = imports.preview(ImportKind.CLUSTERS, exported, ImportPermission.nationwide());

        assertThat(again.problems()).isEmpty();
        assertThat(again.rows()).isEqualTo(registry.count());
        assertThat(again.unchanged()).isEqualTo(again.rows());
    }

    @Test
    void exportsTheFilteredClustersAsAGeoJsonFeatureCollection() throws Exception {
        byte[] file = """
                name,product,typology,state,latitude,longitude
                Transfer Geo Silk,Tussar silk,HANDLOOM,Odisha,21.4669,83.9812
                Transfer Geo Knives,Knives,TRADITIONAL_MANUFACTURING,Gujarat,22.3039,70.8022
                """.getBytes(StandardCharsets.UTF_8);
        finished(imports.apply(ImportKind.CLUSTERS, "geo.csv", file, ImportPermission.nationwide(), () -> {}));

        String body = mvc.perform(get("/clusters/export.geojson")
                        .param("q", "Transfer Geo")
                        .param("state", "21"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/geo+json"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        JsonNode collection = json.readTree(body);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        List<Long> ids = new java.util.ArrayList<>();
        collection.get("features").forEach(feature -> ids.add(feature.get("id").asLong()));
        ClusterSearch sameFilters =
                ClusterSearch.everything().withText("Transfer Geo").withState(21);
        assertThat(ids)
                .containsExactlyElementsOf(registry.search(sameFilters, 0, 1000).stream()
                        .map(ClusterSummary::id)
                        .toList());
        JsonNode silk = null;
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("properties").get("stateCode").asInt()).isEqualTo(21);
            if (feature.get("properties").get("name").asString().equals("Transfer Geo Silk")) {
                silk = feature;
            }
        }
        assertThat(silk).as("the Odisha cluster is exported").isNotNull();
        assertThat(silk.get("type").asString()).isEqualTo("Feature");
        assertThat(silk.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(silk.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(83.9812);
        assertThat(silk.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(21.4669);
        assertThat(silk.get("properties").get("state").asString()).isEqualTo("Odisha");
        assertThat(body).doesNotContain("Transfer Geo Knives");
    }

    @Test
    void aStateCellImportsRowsOfItsOwnStateOnly() throws Exception {
        administration.create(
                "transfer-odisha-cell",
                "Odisha cell (transfer tests)",
                "odisha-cell-password",
                List.of(new RoleGrant(Role.STATE_CELL, Scope.state(21))));
        RequestPostProcessor cell = user(accounts.loadUserByUsername("transfer-odisha-cell"));
        byte[] mixed = """
                name,product,typology,state,latitude,longitude
                Transfer Cell Palm Leaf,Palm-leaf etching,HANDICRAFT,Odisha,19.81,85.83
                Transfer Cell Bandhani,Tie-dye textiles,HANDICRAFT,Gujarat,22.47,70.06
                """.getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart(PAGE).file(csv("mixed.csv", mixed)).with(cell).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("you may import rows of your own state only, not of Gujarat")))
                .andExpect(content().string(not(containsString("name=\"upload\""))));
        String ownState = "name,product,typology,state,latitude,longitude\n"
                + "Transfer Cell Palm Leaf,Palm-leaf etching,HANDICRAFT,Odisha,19.81,85.83\n";
        String page = mvc.perform(multipart(PAGE)
                        .file(csv("odisha.csv", ownState.getBytes(StandardCharsets.UTF_8)))
                        .with(cell)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String upload = uploadId(page);

        mvc.perform(post(PAGE + "/apply").param("upload", upload).with(admin()).with(csrf()))
                .andExpect(status().isNotFound()); // an upload belongs to whoever uploaded it
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(PAGE).with(user("cda").roles("CDA"))).andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE)
                        .file(csv("odisha.csv", new byte[] {'x'}))
                        .with(user("cda").roles("CDA"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(clustersNamed("Transfer Cell")).isZero();
    }

    @Test
    void importsStakeholdersAndLinkagesOfAnExistingClusterOnceOnly() throws Exception {
        ImportPreview refused = imports.preview(
                ImportKind.STAKEHOLDERS, resource("stakeholders-with-errors.csv"), ImportPermission.nationwide());
        assertThat(refused.problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2, "cluster"),
                        org.assertj.core.groups.Tuple.tuple(3, "actor_kind"),
                        org.assertj.core.groups.Tuple.tuple(4, "started_on"),
                        org.assertj.core.groups.Tuple.tuple(4, "linked_to"));

        byte[] file = resource("stakeholders.csv");
        ImportPreview preview = imports.preview(ImportKind.STAKEHOLDERS, file, ImportPermission.nationwide());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.created()).isEqualTo(3);
        JobView job = finished(imports.apply(
                ImportKind.STAKEHOLDERS, "stakeholders.csv", file, ImportPermission.nationwide(), () -> {}));

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(jdbc.sql("""
                        select count(*) from registry.cluster_actor ca
                        join registry.actor a on a.id = ca.actor_id
                        join registry.cluster c on c.id = ca.cluster_id
                        where c.name = 'Konark Stone Carving' and a.name like 'Transfer Test %'""").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select l.kind || ':' || f.name || '>' || t.name || ':' || coalesce(l.ended_on::text, '')
                        from registry.linkage l join registry.actor f on f.id = l.from_actor
                        join registry.actor t on t.id = l.to_actor
                        where f.name like 'Transfer Test %' order by l.kind""").query(String.class).list())
                .containsExactly(
                        "BACKWARD:Transfer Test Stone Supplier>Transfer Test Stone Carvers Cooperative:2024-12-31",
                        "FINANCE:Transfer Test Gramya Bank>Transfer Test Stone Carvers Cooperative:");
        ImportPreview again = imports.preview(ImportKind.STAKEHOLDERS, file, ImportPermission.nationwide());
        assertThat(again.unchanged()).isEqualTo(3);
    }

    @Test
    void documentsTheFormatAndOffersTemplates() throws Exception {
        mvc.perform(get(PAGE + "/format"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("turnover_rupees")))
                .andExpect(content().string(containsString("linkage_kind")))
                .andExpect(content().string(containsString("UNDER_INTERVENTION")));
        mvc.perform(get(PAGE + "/template.csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(String.join(",", ImportKind.CLUSTER_COLUMNS) + "\r\n"));
        mvc.perform(get(PAGE + "/stakeholders-template.csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(String.join(",", ImportKind.STAKEHOLDER_COLUMNS) + "\r\n"));
        byte[] xlsx = mvc.perform(get(PAGE + "/template.xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) ImportKind.CLUSTER_COLUMNS.size());
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("name");
        }
        ImportPreview emptyTemplate = imports.preview(ImportKind.CLUSTERS, xlsx, ImportPermission.nationwide());
        assertThat(emptyTemplate.problems())
                .extracting(ImportProblem::reason)
                .containsExactly("The file has a header but no rows.");
    }

    /** Uploads a file through the page, checks the dry run, applies it and waits for the job. */
    private JobView applyThroughPages(MockMultipartFile file, String expectedSummary) throws Exception {
        String page = mvc.perform(multipart(PAGE)
                        .file(file)
                        .param("kind", "CLUSTERS")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expectedSummary)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String jobPage = mvc.perform(post(PAGE + "/apply")
                        .param("upload", uploadId(page))
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/jobs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return finished(new JobId(UUID.fromString(jobPage.substring("/jobs/".length()))));
    }

    private JobView finished(JobId id) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jobs.find(id).orElseThrow().finished());
        return jobs.find(id).orElseThrow();
    }

    private static String uploadId(String page) {
        Matcher matcher = UPLOAD.matcher(page);
        assertThat(matcher.find()).as("the dry run offers to apply the upload").isTrue();
        return matcher.group(1);
    }

    private List<ClusterSummary> search(String text) {
        ClusterSearch search = new ClusterSearch(
                Optional.of(text),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return registry.search(search, 0, 100).stream()
                .filter(cluster -> cluster.name().startsWith(text))
                .toList();
    }

    private long clustersNamed(String prefix) {
        return jdbc.sql("select count(*) from registry.cluster where name like ?")
                .param(prefix + "%")
                .query(Long.class)
                .single();
    }

    private List<String> auditActions(long clusterId) {
        return jdbc.sql("""
                        select action from identity.audit_entry where entity_type = 'cluster' and entity_id = ?
                        order by id""").param(Long.toString(clusterId)).query(String.class).list();
    }

    private static byte[] workbook(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("clusters");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] resource(String file) throws Exception {
        return new ClassPathResource("registry/" + file).getContentAsByteArray();
    }

    private static MockMultipartFile csv(String name, byte[] content) {
        return new MockMultipartFile("file", name, "text/csv", content);
    }

    private RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername(TestDatabase.ADMIN_USERNAME));
    }
}
