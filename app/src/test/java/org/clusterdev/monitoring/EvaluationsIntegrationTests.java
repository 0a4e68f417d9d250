package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The evaluation workflow: a draft with findings and lessons, its refusals, completion and the lock it brings. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class EvaluationsIntegrationTests {

    static final String ODISHA_CELL = "evaluations.odisha";
    static final LocalDate DAY = LocalDate.of(2025, 9, 30);

    @Autowired
    Evaluations evaluations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Interventions interventions;

    ReviewFixture fixture;
    String scheme;

    @BeforeEach
    void scheme() {
        fixture = new ReviewFixture(jdbc);
        scheme = fixture.scheme("Evaluation workflow");
    }

    @Test
    void refusesAnInterventionNotYetImplementingOrASecondEvaluationOfAKindAndStoresNothing() {
        long planning = fixture.intervention(scheme, "Rajkot Diesel Engines", Stage.ACTION_PLAN);
        assertThatThrownBy(() -> evaluations.start(planning, header(EvaluationKind.MID_TERM)))
                .hasMessageStartingWith("intervention: an intervention is evaluated once it is implementing");
        assertThat(stored(planning)).isZero();

        long implementing = fixture.intervention(scheme, "Konark Stone Carving", Stage.IMPLEMENTING);
        evaluations.start(implementing, header(EvaluationKind.MID_TERM));
        assertThatThrownBy(() -> evaluations.start(implementing, header(EvaluationKind.MID_TERM)))
                .hasMessageStartingWith("kind: this intervention already has a MID_TERM evaluation");
        assertThat(stored(implementing)).isEqualTo(1);
        evaluations.start(implementing, header(EvaluationKind.END_OF_PROJECT));
        assertThat(stored(implementing)).isEqualTo(2);
    }

    @Test
    void headersFindingsAndLessonsSayWhichFieldIsWrong() {
        assertThatThrownBy(() -> new EvaluationHeader(EvaluationKind.MID_TERM, " ", DAY, ""))
                .hasMessageStartingWith("evaluator:");
        assertThatThrownBy(() -> new EvaluationHeader(
                        EvaluationKind.MID_TERM, "NISIET", LocalDate.now().plusDays(2), ""))
                .hasMessageStartingWith("evaluatedOn: a day from 1990 to today");
        assertThatThrownBy(() -> finding(Map.of(Criterion.IMPACT, 6))).hasMessage("ratings.impact: a rating is 1 to 5");
        assertThatThrownBy(() -> new EvaluationLesson(
                        0, EvaluationTheme.PROGRAMME_MANAGEMENT, "Title", "p", "a", "r", Optional.empty(), true))
                .hasMessageStartingWith("theme: a lesson published as a best practice names a kind of activity");
        assertThatThrownBy(() -> new EvaluationLesson(
                        0, EvaluationTheme.FINANCE, "Title", "p", "a", "r", Optional.of(-1L), false))
                .hasMessage("costRupees: a cost cannot be negative");
    }

    @Test
    void anEvaluationIsCompletedOnlyWithAFindingAndCompletedIsLocked() {
        long id = fixture.intervention(scheme, "Ahmedabad Jewellery", Stage.IMPLEMENTING);
        Evaluation draft = evaluations.start(id, header(EvaluationKind.END_OF_PROJECT));
        assertThatThrownBy(() -> evaluations.complete(draft.id(), draft.version()))
                .hasMessageStartingWith("findings: an evaluation is completed with at least one finding");
        Evaluation unchanged = evaluations.evaluation(draft.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(Evaluation.Status.DRAFT);
        assertThat(unchanged.version()).isEqualTo(draft.version());

        Evaluation withFinding =
                evaluations.addFinding(draft.id(), draft.version(), finding(Map.of(Criterion.IMPACT, 4)));
        Evaluation withLesson = evaluations.addLesson(
                draft.id(),
                withFinding.version(),
                new EvaluationLesson(
                        0,
                        EvaluationTheme.MARKET_DEVELOPMENT,
                        "Joint stalls sell more",
                        "Few buyers",
                        "A joint stall",
                        "Orders doubled",
                        Optional.of(250_000L),
                        true));
        assertThatThrownBy(() -> evaluations.addFinding(draft.id(), withFinding.version(), finding(Map.of())))
                .hasMessageStartingWith("version: someone else changed this evaluation");

        Evaluation completed = evaluations.complete(draft.id(), withLesson.version());
        assertThat(completed.status()).isEqualTo(Evaluation.Status.COMPLETED);
        assertThat(completed.completedBy()).contains("admin");
        int version = completed.version();
        assertThatThrownBy(() -> evaluations.addFinding(draft.id(), version, finding(Map.of())))
                .hasMessage("status: this evaluation is completed and locked");
        assertThatThrownBy(() -> evaluations.revise(draft.id(), version, header(EvaluationKind.END_OF_PROJECT)))
                .hasMessage("status: this evaluation is completed and locked");
        long findingId = completed.findings().get(0).id();
        assertThatThrownBy(() -> evaluations.removeFinding(draft.id(), version, findingId))
                .hasMessage("status: this evaluation is completed and locked");
        assertThatThrownBy(() -> evaluations.complete(draft.id(), version))
                .hasMessage("status: this evaluation is completed and locked");
        Evaluation after = evaluations.evaluation(draft.id()).orElseThrow();
        assertThat(after.findings()).hasSize(1);
        assertThat(after.lessons()).extracting(EvaluationLesson::title).containsExactly("Joint stalls sell more");
        assertThat(after.version()).isEqualTo(version);
    }

    @Test
    void onlyACompletedEndOfProjectEvaluationOpensTheEvaluatedStage() {
        long id = fixture.intervention(scheme, "Rajkot Diesel Engines", Stage.IMPLEMENTING);
        String rule = "EVALUATED needs a completed end-of-project evaluation";
        assertThat(refusals(id)).contains(rule);

        Evaluation midTerm = evaluations.start(id, header(EvaluationKind.MID_TERM));
        evaluations.complete(
                midTerm.id(),
                evaluations
                        .addFinding(midTerm.id(), midTerm.version(), finding(Map.of()))
                        .version());
        assertThat(refusals(id)).as("a completed mid-term evaluation").contains(rule);

        Evaluation end = evaluations.start(id, header(EvaluationKind.END_OF_PROJECT));
        Evaluation withFinding = evaluations.addFinding(end.id(), end.version(), finding(Map.of()));
        assertThat(refusals(id)).as("an end-of-project draft").contains(rule);

        evaluations.complete(end.id(), withFinding.version());
        assertThat(refusals(id)).doesNotContain(rule);
    }

    private List<String> refusals(long intervention) {
        return interventions.refusals(
                interventions.details(intervention).orElseThrow().ref(), Stage.EVALUATED);
    }

    @Test
    @WithMockUser(username = "someone", roles = "CDA")
    void aCdaMayNotEvaluate() {
        long id = fixture.intervention(scheme, "Rajkot Diesel Engines", Stage.IMPLEMENTING);
        assertThatThrownBy(() -> evaluations.start(id, header(EvaluationKind.MID_TERM)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(id)).isZero();
    }

    @Test
    void theReportIsAPdfWithTheFindingsRatingsAndLessons() throws IOException {
        long id = fixture.intervention(scheme, "Konark Stone Carving", Stage.EVALUATED);
        Evaluation draft = evaluations.start(id, header(EvaluationKind.MID_TERM));
        Evaluation withFinding = evaluations.addFinding(
                draft.id(),
                draft.version(),
                new EvaluationFinding(
                        0,
                        EvaluationTheme.CAPACITY_BUILDING,
                        "Carvers trained in design software",
                        Map.of(Criterion.RELEVANCE, 5)));
        evaluations.complete(draft.id(), withFinding.version());

        String text = text(evaluations.report(draft.id(), Locale.ENGLISH));
        assertThat(text)
                .contains("Mid-term evaluation: Development of Konark Stone Carving")
                .contains("Carvers trained in design software")
                .contains("Capacity building")
                .contains("Relevance")
                .contains("NISIET");
        String hindi = text(evaluations.report(draft.id(), Locale.forLanguageTag("hi")));
        assertThat(hindi).contains("Carvers trained in design software").doesNotContain("Mid-term evaluation");
    }

    @Test
    void aStateCellPagesThroughTheEvaluationsOfItsStateOnlyEveryPageFull() {
        if (accounts.findByUsername(ODISHA_CELL).isEmpty()) {
            accounts.create(
                    ODISHA_CELL,
                    "Odisha cell",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.STATE_CELL, Scope.state(21))));
        }
        long konark = fixture.intervention(scheme, "Konark Stone Carving", Stage.IMPLEMENTING);
        long rajkot = fixture.intervention(scheme, "Rajkot Diesel Engines", Stage.IMPLEMENTING);
        long konarkAgain = fixture.intervention(scheme, "Konark Stone Carving", Stage.IMPLEMENTING);
        long odishaFirst =
                evaluations.start(konark, header(EvaluationKind.MID_TERM)).id();
        evaluations.start(rajkot, header(EvaluationKind.MID_TERM));
        evaluations.start(rajkot, header(EvaluationKind.END_OF_PROJECT));
        long odishaSecond =
                evaluations.start(konarkAgain, header(EvaluationKind.MID_TERM)).id();
        long inOdisha = jdbc.sql("select count(*) from monitoring.evaluation where state_code = 21")
                .query(Long.class)
                .single();

        Authentication admin = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ODISHA_CELL, null, List.of()));
        try {
            assertThat(evaluations.count()).isEqualTo(inOdisha);
            List<Evaluation> seen = new ArrayList<>();
            for (int page = 0; page * 2 < inOdisha; page++) {
                List<Evaluation> shown = evaluations.recent(page, 2);
                assertThat(shown).hasSize((int) Math.min(2, inOdisha - page * 2L));
                seen.addAll(shown);
            }
            assertThat(seen).allSatisfy(e -> assertThat(e.stateCode()).isEqualTo(21));
            assertThat(seen).extracting(Evaluation::id).contains(odishaFirst, odishaSecond);
            assertThat(seen).extracting(Evaluation::interventionId).doesNotContain(rajkot);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(admin);
        }
    }

    private long stored(long intervention) {
        return jdbc.sql("select count(*) from monitoring.evaluation where intervention_id = ?")
                .param(intervention)
                .query(Long.class)
                .single();
    }

    static EvaluationHeader header(EvaluationKind kind) {
        return new EvaluationHeader(kind, "NISIET", DAY, "Firms sell more; the association is stronger.");
    }

    static EvaluationFinding finding(Map<Criterion, Integer> ratings) {
        return new EvaluationFinding(0, EvaluationTheme.MARKET_DEVELOPMENT, "Sales rose after the fair", ratings);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
