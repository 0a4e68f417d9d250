package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class StudyReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Interventions interventions;

    @Autowired
    DiagnosticStudies studies;

    @Autowired
    ClusterRegistry registry;

    @Test
    void theDiagnosticReportIsAPdfWithTheStudysChaptersFindingsAndBaselineInEnglishAndHindi() throws Exception {
        long bidar = registry.search(ClusterSearch.everything().withText("Bidri"), 0, 1)
                .get(0)
                .id();
        InterventionRef ref = interventions.propose(bidar, "AHVY", "Bidriware revival");
        for (Stage stage : List.of(Stage.SELECTED, Stage.AGENCY_AND_CDA_IN_PLACE, Stage.DIAGNOSTIC_STUDY)) {
            interventions.move(
                    ref.id(),
                    stage,
                    null,
                    interventions.details(ref.id()).orElseThrow().version());
        }
        studies.save(
                ref.id(),
                new StudyDraft(
                        Map.of(StudySection.PROFILE, "Inlay of silver on a zinc alloy, made in Bidar"),
                        List.of(new StudyFinding(
                                "MARKET_DEVELOPMENT", StudyFinding.Kind.PROBLEM, "Few buyers outside Karnataka")),
                        List.of(new BaselineFigure("artisans", new BigDecimal("800"), "persons", 2025)),
                        List.of("Artisans' society", "Design institute", "Bank")),
                -1);

        byte[] english = mvc.perform(get("/programme/interventions/" + ref.id() + "/study.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(english))
                .contains("Diagnostic study: Bidriware revival")
                .contains("Inlay of silver on a zinc alloy")
                .contains("Few buyers outside Karnataka")
                .contains("Market development")
                .contains("artisans");
        byte[] hindi = mvc.perform(get("/programme/interventions/" + ref.id() + "/study.pdf")
                        .param("lang", "hi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/diagnostic-study-hi.pdf"), hindi);
        assertThat(hindi.length).isGreaterThan(1000);
        mvc.perform(get("/programme/interventions/" + ref.id() + "/study.pdf").with(user("nobody-with-no-role")))
                .andExpect(status().isForbidden());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
