package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scheme and policy reviews add up a scheme's interventions, ledgers, approved results and evaluations; each
 * figure below is computed by hand from what the test records under a scheme of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class SchemeReviewsIntegrationTests {

    static final long LAKH = ReviewFixture.LAKH;

    @Autowired
    SchemeReviews reviews;

    @Autowired
    Evaluations evaluations;

    @Autowired
    ResultsReporting reporting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ReviewFixture fixture;
    String scheme;
    long rajkot;
    long konark;

    @BeforeEach
    void scheme() {
        fixture = new ReviewFixture(jdbc);
        scheme = fixture.scheme("Review figures");
        rajkot = fixture.intervention(scheme, "Rajkot Diesel Engines", Stage.IMPLEMENTING);
        konark = fixture.intervention(scheme, "Konark Stone Carving", Stage.IMPLEMENTING);
        fixture.intervention(scheme, "Ahmedabad Jewellery", Stage.EVALUATED);

        fixture.money(rajkot, "SANCTION", "CENTRAL", 20 * LAKH);
        fixture.money(rajkot, "RELEASE", "CENTRAL", 10 * LAKH);
        fixture.money(rajkot, "EXPENDITURE", "CENTRAL", 8 * LAKH);
        fixture.money(rajkot, "CONTRIBUTION", "BENEFICIARY", 3 * LAKH);
        fixture.money(rajkot, "CONTRIBUTION", "STATE", 2 * LAKH);
        fixture.money(konark, "SANCTION", "CENTRAL", 10 * LAKH);
        fixture.money(konark, "RELEASE", "CENTRAL", 5 * LAKH);
        fixture.money(konark, "EXPENDITURE", "CENTRAL", 4 * LAKH);
        fixture.money(konark, "CONTRIBUTION", "CSR", LAKH);

        fixture.activity(rajkot, 4 * LAKH, "IMPLEMENTING_AGENCY");
        fixture.activity(rajkot, LAKH, "PRIVATE_SECTOR");
        fixture.activity(konark, 3 * LAKH, "LOCAL_INSTITUTION");
    }

    @Test
    void aSchemeReviewAddsUpStagesMoneyApprovedResultsAndEvaluations() {
        approved(rajkot, "40", "50");
        approved(konark, "30", "50");
        Evaluation rajkotEvaluation = evaluations.start(rajkot, header(EvaluationKind.MID_TERM));
        rajkotEvaluation = evaluations.addFinding(
                rajkotEvaluation.id(),
                rajkotEvaluation.version(),
                finding("Sales rose", Map.of(Criterion.RELEVANCE, 4, Criterion.SUSTAINABILITY, 2)));
        rajkotEvaluation = evaluations.addFinding(
                rajkotEvaluation.id(),
                rajkotEvaluation.version(),
                finding(
                        "Association weak",
                        Map.of(Criterion.RELEVANCE, 5, Criterion.EFFECTIVENESS, 3, Criterion.SUSTAINABILITY, 3)));
        rajkotEvaluation = evaluations.addLesson(
                rajkotEvaluation.id(),
                rajkotEvaluation.version(),
                new EvaluationLesson(
                        0, EvaluationTheme.FINANCE, "Pool orders for credit", "p", "a", "r", Optional.empty(), false));
        evaluations.complete(rajkotEvaluation.id(), rajkotEvaluation.version());
        evaluations.start(konark, header(EvaluationKind.END_OF_PROJECT));

        SchemeReview review = reviews.scheme(scheme);

        assertThat(review.stages()).containsExactly(Map.entry(Stage.IMPLEMENTING, 2L), Map.entry(Stage.EVALUATED, 1L));
        assertThat(review.interventions()).isEqualTo(3);
        assertThat(review.clusters()).isEqualTo(3);
        ReviewFunding money = review.funding();
        assertThat(money.sanctioned()).isEqualTo(30 * LAKH);
        assertThat(money.released()).isEqualTo(15 * LAKH);
        assertThat(money.spent()).isEqualTo(12 * LAKH);
        // 12 of 30 lakh spent
        assertThat(money.spentShare()).contains(new BigDecimal("40.0"));
        // (3 + 2 + 1) lakh from others per 15 lakh released by the centre
        assertThat(money.leverage()).contains(new BigDecimal("0.40"));
        // beneficiaries 3 and CSR 1 of the 21 lakh put in (15 released + 6 contributed): 19.05 %
        assertThat(money.moneyIn()).isEqualTo(21 * LAKH);
        assertThat(money.privateShare()).contains(new BigDecimal("19.0"));
        // 1 lakh led by the private sector and 3 by local institutions of 8 lakh
        assertThat(review.locallyLedShare()).contains(new BigDecimal("50.0"));

        IndicatorResult firms = review.results().stream()
                .filter(r -> r.indicator().code().equals("FIRMS_SUPPORTED"))
                .findFirst()
                .orElseThrow();
        // the latest count of each intervention, added up: 40 + 30 against targets of 50 + 50
        assertThat(firms.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("70"));
        assertThat(firms.target()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(firms.achievement()).contains(new BigDecimal("70.0"));
        assertThat(firms.interventions()).isEqualTo(2);

        EvaluationSummary done = review.evaluations();
        assertThat(done.midTerm()).isEqualTo(1);
        assertThat(done.endOfProject()).isZero();
        assertThat(done.drafts()).isEqualTo(1);
        assertThat(done.lessons()).isEqualTo(1);
        assertThat(done.published()).isZero();
        // relevance (4 + 5) / 2, effectiveness 3, sustainability (2 + 3) / 2; nobody rated efficiency or impact
        assertThat(done.rating(Criterion.RELEVANCE)).contains(new BigDecimal("4.50"));
        assertThat(done.rating(Criterion.EFFECTIVENESS)).contains(new BigDecimal("3.00"));
        assertThat(done.rating(Criterion.SUSTAINABILITY)).contains(new BigDecimal("2.50"));
        assertThat(done.rating(Criterion.IMPACT)).isEmpty();
        assertThat(review.findings())
                .extracting(ReviewedFinding::text)
                .containsExactly("Sales rose", "Association weak");
    }

    @Test
    void thePolicyReviewListsTheSchemeWithTheSameFigures() {
        PolicyReview policy = reviews.policy();
        SchemeReview mine = policy.schemes().stream()
                .filter(s -> s.schemeCode().equals(scheme))
                .findFirst()
                .orElseThrow();
        assertThat(mine.interventions()).isEqualTo(3);
        assertThat(mine.funding().spent()).isEqualTo(12 * LAKH);
        assertThat(mine.funding().contributions()).containsEntry(FundingSource.CSR, LAKH);
        assertThat(policy.funding().sanctioned()).isGreaterThanOrEqualTo(30 * LAKH);
        assertThat(policy.sourcesPerIntervention()).isPresent();
    }

    @Test
    void pagesAndPdfsShowTheReviews() throws Exception {
        mvc.perform(get("/monitoring/schemes/" + scheme))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Review figures")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("₹ 30 lakh")));
        mvc.perform(get("/monitoring/schemes"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("scheme-" + scheme)));
        byte[] pdf = mvc.perform(get("/monitoring/schemes/" + scheme + "/review.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(EvaluationsIntegrationTests.text(pdf))
                .contains("Scheme review: Review figures")
                .contains("40.0");
        mvc.perform(get("/monitoring/schemes/review.pdf")).andExpect(status().isOk());
        mvc.perform(get("/monitoring/evaluations")).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(username = "odisha", roles = "STATE_CELL")
    void aStateCellDoesNotReadSchemeReviews() {
        assertThatThrownBy(() -> reviews.scheme(scheme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.policy()).isInstanceOf(AccessDeniedException.class);
    }

    private void approved(long intervention, String actual, String target) {
        ReportingPeriod period = new ReportingPeriod(2024, 1);
        reporting.enter(new ValueEntry(
                intervention, period, "FIRMS_SUPPORTED", ValueKind.ACTUAL, "TOTAL", new BigDecimal(actual), false));
        long report = reporting.enter(new ValueEntry(
                intervention, period, "FIRMS_SUPPORTED", ValueKind.TARGET, "TOTAL", new BigDecimal(target), false));
        for (int level = 0; level < 3; level++) {
            reporting.approve(report, reporting.report(report).orElseThrow().version());
        }
    }

    private static EvaluationHeader header(EvaluationKind kind) {
        return new EvaluationHeader(kind, "NISIET", LocalDate.of(2025, 6, 30), "");
    }

    private static EvaluationFinding finding(String text, Map<Criterion, Integer> ratings) {
        return new EvaluationFinding(0, EvaluationTheme.MARKET_DEVELOPMENT, text, ratings);
    }
}
