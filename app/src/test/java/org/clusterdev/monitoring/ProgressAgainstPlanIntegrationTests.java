package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.WorkDone;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scheme view of Table 2.4, progress against plan and the plan and money warnings, on plans written out under
 * a scheme of each test's own; every figure is computed by hand from the rows below, as of 15 January 2026.
 *
 * <p>Rajkot (Gujarat) has plan version 2 in force from 1 April 2025 for two years (version 1 is superseded):
 * <ol>
 *   <li>a market survey (MD01, cell MR) in April-June 2025, year 1, 2 lakh central + 1 lakh beneficiaries; done in
 *       May-June 2025 for 2.5 lakh;
 *   <li>a cluster visit (TB04, SB) in July-September 2025, year 1, 1 lakh; nothing recorded: behind schedule;
 *   <li>a second survey (MD01, MR) in April-June 2026, year 2, 2 lakh; a survey started in December 2025 (50,000)
 *       lies nearer this one than the first, so it counts here, not finished: started;
 *   <li>a technology centre (IN01, PI) from October 2025 to March 2026, year 1, 7 + 3 lakh: due now.
 * </ol>
 * A buyer-seller meet without a catalogue entry (40,000) is work outside the plan. Its ledger: 20 lakh sanctioned, 8
 * lakh released in May 2025 and 4 in January 2026, 5 lakh spent: under 75% of the 8 lakh released more than 90 days
 * ago. Konark (Odisha) has one activity (SL) from April 2026 in its plan of one year from then, 4 lakh; 2 lakh
 * released in June 2025 and 1.5 spent, exactly 75%: not under-spent. A closed intervention's overdue activity and
 * a draft plan count nowhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class ProgressAgainstPlanIntegrationTests {

    static final long LAKH = 100_000;
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    static final String ODISHA_CELL = "progress.odisha.cell";

    @Autowired
    ActivityMatrix matrix;

    @Autowired
    ProgressAgainstPlan progress;

    @Autowired
    EarlyWarnings warnings;

    @Autowired
    ResultsReporting reporting;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    String scheme;
    long rajkot;
    long konark;
    long closed;

    @BeforeEach
    void plans() {
        if (accounts.findByUsername(ODISHA_CELL).isEmpty()) {
            accounts.create(
                    ODISHA_CELL,
                    "Odisha cell",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.STATE_CELL, Scope.state(21))));
        }
        ReviewFixture reviews = new ReviewFixture(jdbc);
        PlanFixture plans = new PlanFixture(jdbc);
        scheme = reviews.scheme("Progress figures");
        rajkot = reviews.intervention(scheme, "Rajkot Diesel Engines", Stage.IMPLEMENTING);
        konark = reviews.intervention(scheme, "Konark Stone Carving", Stage.IMPLEMENTING);
        closed = reviews.intervention(scheme, "Ahmedabad Jewellery", Stage.CLOSED);
        long drafted = reviews.intervention(scheme, "Bidar Bidriware", Stage.ACTION_PLAN);

        LocalDate april2025 = LocalDate.of(2025, 4, 1);
        long old = plans.version(rajkot, 1, "SUPERSEDED", april2025, 2);
        plans.activity(old, 1, "MD01", "Old survey", "MARKETING", "BENCHMARKING", april2025, day(2025, 6, 30), 1, LAKH);
        long inForce = plans.version(rajkot, 2, "APPROVED", april2025, 2);
        plans.activity(
                inForce,
                1,
                "MD01",
                "Market survey",
                "MARKETING",
                "OTHER_SOFT",
                april2025,
                day(2025, 6, 30),
                1,
                2 * LAKH,
                LAKH);
        plans.activity(
                inForce,
                2,
                "TB04",
                "Visit to Coimbatore",
                "LOCAL_ORGANISATIONS",
                "BENCHMARKING",
                day(2025, 7, 1),
                day(2025, 9, 30),
                1,
                LAKH);
        plans.activity(
                inForce,
                3,
                "MD01",
                "Second survey",
                "MARKETING",
                "OTHER_SOFT",
                day(2026, 4, 1),
                day(2026, 6, 30),
                2,
                2 * LAKH);
        plans.activity(
                inForce,
                4,
                "IN01",
                "Technology centre",
                "PRODUCTIVITY_COMPETITIVENESS",
                "INFRASTRUCTURE",
                day(2025, 10, 1),
                day(2026, 3, 31),
                1,
                7 * LAKH,
                3 * LAKH);
        plans.done(rajkot, "MD01", "Survey of engine buyers", day(2025, 5, 10), day(2025, 6, 20), 250_000);
        plans.done(rajkot, "MD01", "Survey of pump buyers", day(2025, 12, 1), null, 50_000);
        plans.done(rajkot, null, "Buyer-seller meet", day(2025, 8, 1), day(2025, 8, 1), 40_000);
        plans.money(rajkot, "SANCTION", 20 * LAKH, april2025, null);
        plans.money(rajkot, "RELEASE", 8 * LAKH, day(2025, 5, 1), 1);
        plans.money(rajkot, "RELEASE", 4 * LAKH, day(2026, 1, 1), 2);
        plans.money(rajkot, "EXPENDITURE", 5 * LAKH, day(2025, 12, 31), null);

        long konarkPlan = plans.version(konark, 1, "APPROVED", day(2026, 4, 1), 1);
        plans.activity(
                konarkPlan,
                1,
                "BL01",
                "Stone supply agreement",
                "LOCAL_ORGANISATIONS",
                "VALUE_CHAIN_LINKAGE",
                day(2026, 4, 1),
                day(2026, 9, 30),
                1,
                4 * LAKH);
        plans.money(konark, "RELEASE", 2 * LAKH, day(2025, 6, 1), 1);
        plans.money(konark, "EXPENDITURE", 150_000, day(2025, 9, 1), null);

        long closedPlan = plans.version(closed, 1, "APPROVED", april2025, 1);
        plans.activity(
                closedPlan,
                1,
                "TB04",
                "Visit never made",
                "LOCAL_ORGANISATIONS",
                "BENCHMARKING",
                april2025,
                day(2025, 5, 31),
                1,
                LAKH);
        long draft = plans.version(drafted, 1, "DRAFT", april2025, 1);
        plans.activity(
                draft, 1, "IN01", "Draft centre", "MARKETING", "INFRASTRUCTURE", april2025, day(2025, 5, 31), 1, LAKH);
    }

    @Test
    void theMatrixCountsTheActivitiesAndBudgetOfThePlansInForceByCell() {
        MatrixView view = matrix.matrix(new MatrixQuery(Optional.of(scheme), Optional.empty(), Optional.empty()));

        // Rajkot's four and Konark's one; the closed intervention's plan is still a plan in force: TB04 in SB
        assertThat(view.interventions()).isEqualTo(3);
        assertThat(cell(view, "MR")).isEqualTo(new MatrixView.Cell("MR", 2, 5 * LAKH));
        assertThat(cell(view, "SB")).isEqualTo(new MatrixView.Cell("SB", 2, 2 * LAKH));
        assertThat(cell(view, "PI")).isEqualTo(new MatrixView.Cell("PI", 1, 10 * LAKH));
        assertThat(cell(view, "SL")).isEqualTo(new MatrixView.Cell("SL", 1, 4 * LAKH));
        assertThat(cell(view, "MB")).isEqualTo(new MatrixView.Cell("MB", 0, 0));
        assertThat(cell(view, "MI")).isEqualTo(new MatrixView.Cell("MI", 0, 0));
        // row totals B 2, R 2, I 1, L 1; column totals M 2, P 1, S 3; 6 activities, 21 lakh
        assertThat(view.rows())
                .extracting(r -> r.total().code() + "=" + r.total().activities())
                .containsExactly("B=2", "R=2", "I=1", "L=1");
        assertThat(view.total().cells())
                .extracting(c -> c.code() + "=" + c.activities() + "/" + c.budget())
                .containsExactly("M=2/500000", "P=1/1000000", "S=3/600000");
        assertThat(view.total().total()).isEqualTo(new MatrixView.Cell("TOTAL", 6, 21 * LAKH));
    }

    @Test
    void overAFinancialYearTheMatrixCountsActivitiesScheduledInItAndTheBudgetOfPlanYearsBeginningInIt() {
        MatrixView year2025 = matrix.matrix(new MatrixQuery(Optional.of(scheme), Optional.of(2025), Optional.of(2025)));
        // 2025-26: Rajkot's 1, 2 and 4 (year 1 begins 1 April 2025) and the closed one's visit
        assertThat(year2025.total().total()).isEqualTo(new MatrixView.Cell("TOTAL", 4, 15 * LAKH));
        assertThat(cell(year2025, "MR")).isEqualTo(new MatrixView.Cell("MR", 1, 3 * LAKH));

        MatrixView year2026 = matrix.matrix(new MatrixQuery(Optional.of(scheme), Optional.of(2026), Optional.empty()));
        // from 2026-27: Rajkot's second survey (its year 2 begins 1 April 2026) and Konark's agreement
        assertThat(year2026.total().total()).isEqualTo(new MatrixView.Cell("TOTAL", 2, 6 * LAKH));
        assertThat(year2026.interventions()).isEqualTo(2);
    }

    @Test
    void eachPlannedActivityIsComparedWithWhatWasDoneAndSpent() {
        InterventionProgress found = progress.of(rajkot, TODAY);

        assertThat(found.planVersion()).contains(2);
        assertThat(found.activities())
                .extracting(a -> a.planned().key() + ":" + a.status())
                .containsExactly("1:DONE", "2:BEHIND_SCHEDULE", "4:DUE", "3:STARTED");
        assertThat(found.activities().get(0).done())
                .extracting(WorkDone::title)
                .containsExactly("Survey of engine buyers");
        assertThat(found.activities().get(0).cost()).isEqualTo(250_000);
        assertThat(found.activities().get(3).done())
                .extracting(WorkDone::title)
                .containsExactly("Survey of pump buyers");
        assertThat(found.unplanned()).extracting(WorkDone::title).containsExactly("Buyer-seller meet");
        // planned 3 + 1 + 2 + 10 lakh; to date the plan year 1 only: 3 + 1 + 10; recorded 2.5 + 0.5 + 0.4 lakh
        assertThat(found.money())
                .isEqualTo(new PlanMoney(16 * LAKH, 14 * LAKH, 340_000, 20 * LAKH, 12 * LAKH, 5 * LAKH));
        // 5 of 12 lakh
        assertThat(found.money().spentOfReleased()).contains(new BigDecimal("41.7"));
    }

    @Test
    void indicatorsCompareTargetsWithActualsUpToTheCurrentQuarterByTheirRule() {
        enter(rajkot, 2025, 1, "FIRMS_SUPPORTED", ValueKind.BASELINE, 10);
        enter(rajkot, 2025, 1, "FIRMS_SUPPORTED", ValueKind.TARGET, 40);
        enter(rajkot, 2025, 1, "FIRMS_SUPPORTED", ValueKind.ACTUAL, 20);
        enter(rajkot, 2025, 3, "FIRMS_SUPPORTED", ValueKind.TARGET, 60);
        enter(rajkot, 2025, 3, "FIRMS_SUPPORTED", ValueKind.ACTUAL, 30);
        enter(rajkot, 2025, 1, "SAVINGS", ValueKind.TARGET, 100_000);
        enter(rajkot, 2025, 1, "SAVINGS", ValueKind.ACTUAL, 90_000);
        enter(rajkot, 2025, 2, "SAVINGS", ValueKind.TARGET, 100_000);
        enter(rajkot, 2025, 2, "SAVINGS", ValueKind.ACTUAL, 80_000);
        // 15 January 2026 lies in 2025-26 Q4: the target of 2026-27 Q1 does not count yet
        enter(rajkot, 2026, 1, "SAVINGS", ValueKind.TARGET, 999_999);

        List<IndicatorProgress> indicators = progress.of(rajkot, TODAY).indicators();

        IndicatorProgress firms = indicators.get(0);
        assertThat(firms.indicator().code()).isEqualTo("FIRMS_SUPPORTED");
        // a running count: the latest quarter's 30 against 60
        assertThat(firms.baseline()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(firms.target()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("60"));
        assertThat(firms.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30"));
        assertThat(firms.achievement()).contains(new BigDecimal("50.0"));
        assertThat(firms.behind()).isTrue();
        IndicatorProgress savings = indicators.get(1);
        assertThat(savings.indicator().code()).isEqualTo("SAVINGS");
        // a flow: 90,000 + 80,000 against 1,00,000 + 1,00,000
        assertThat(savings.target()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("200000"));
        assertThat(savings.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("170000"));
        assertThat(savings.achievement()).contains(new BigDecimal("85.0"));
        assertThat(savings.behind()).isFalse();
    }

    @Test
    void theListAcrossInterventionsPutsThoseBehindScheduleFirst() {
        List<ProgressSummary> list = progress.across(Optional.of(scheme), Optional.empty(), TODAY);

        // one activity behind each, then by title: Ahmedabad (closed) before Rajkot; Konark is on time
        assertThat(list).extracting(ProgressSummary::interventionId).containsExactly(closed, rajkot, konark);
        ProgressSummary first = list.get(1);
        // due by now: 1 and 2 ended; done: 1 and 3 have records
        assertThat(List.of(first.planned(), first.dueByNow(), first.done(), first.behindSchedule()))
                .containsExactly(4L, 2L, 2L, 1L);
        ProgressSummary last = list.get(2);
        assertThat(List.of(last.planned(), last.dueByNow(), last.done(), last.behindSchedule()))
                .containsExactly(1L, 0L, 0L, 0L);
        assertThat(last.money()).isEqualTo(new PlanMoney(4 * LAKH, 0, 0, 0, 2 * LAKH, 150_000));
    }

    @Test
    void behindScheduleAndUnderSpentWarningsNameTheActivityAndTheMoney() {
        List<Warning> mine = warnings.asOf(TODAY, Optional.empty()).stream()
                .filter(w -> List.of(rajkot, konark, closed).contains(w.interventionId()))
                .toList();

        assertThat(mine)
                .extracting(w -> w.kind() + ":" + w.interventionId())
                .containsExactly("BEHIND_SCHEDULE:" + rajkot, "UNDER_SPENT:" + rajkot);
        Warning late = mine.get(0);
        assertThat(late.activity()).contains("Visit to Coimbatore");
        assertThat(late.dueOn()).contains(day(2025, 9, 30));
        assertThat(late.clusterName()).isEqualTo("Rajkot Diesel Engines");
        Warning underSpent = mine.get(1);
        // 5 lakh spent against the 8 lakh released more than 90 days before; the January release is not counted
        assertThat(underSpent.target()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("800000"));
        assertThat(underSpent.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500000"));
        // in Odisha, where Konark spent exactly three quarters, nothing
        assertThat(warnings.asOf(TODAY, Optional.of(21)))
                .noneMatch(w -> List.of(rajkot, konark, closed).contains(w.interventionId()));
    }

    @Test
    @WithMockUser(username = ODISHA_CELL)
    void aStateCellSeesTheProgressOfItsOwnStateOnly() {
        assertThat(progress.across(Optional.of(scheme), Optional.empty(), TODAY))
                .extracting(ProgressSummary::interventionId)
                .containsExactly(konark);
        assertThatThrownBy(() -> progress.of(rajkot, TODAY)).isInstanceOf(AccessDeniedException.class);
        assertThat(progress.of(konark, TODAY).activities()).hasSize(1);
    }

    @Test
    void pagesExportsAndTheApiShowTheViewsAndRefuseBadYears() throws Exception {
        mvc.perform(get("/monitoring/matrix").param("scheme", scheme))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"cell-MR\"")))
                .andExpect(content().string(Matchers.containsString("₹ 21 lakh")));
        mvc.perform(get("/monitoring/matrix.csv").param("scheme", scheme))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("OTHER_SOFT,MARKETING,MR,2,500000")))
                .andExpect(content().string(Matchers.containsString("TOTAL,TOTAL,TOTAL,6,2100000")));
        mvc.perform(get("/monitoring/matrix.xlsx").param("scheme", scheme))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/api/v1/monitoring/matrix").param("scheme", scheme))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.total.activities").value(6))
                .andExpect(jsonPath("$.rows[1].cells[0].code").value("MR"));
        mvc.perform(get("/api/v1/monitoring/matrix").param("fromYear", "2026").param("toYear", "2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("toYear")));
        mvc.perform(get("/monitoring/matrix").param("fromYear", "1800"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("fromYear: a financial year lies between")));
        mvc.perform(get("/monitoring/matrix.csv").param("toYear", "3000")).andExpect(status().isBadRequest());

        mvc.perform(get("/monitoring/progress").param("scheme", scheme))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"progress-" + rajkot + "\"")));
        mvc.perform(get("/monitoring/progress.csv").param("scheme", scheme))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Konark Stone Carving")));
        mvc.perform(get("/monitoring/progress.xlsx").param("scheme", scheme))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/monitoring/interventions/" + rajkot + "/progress"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Visit to Coimbatore")))
                .andExpect(content().string(Matchers.containsString("Buyer-seller meet")));
        mvc.perform(get("/api/v1/monitoring/interventions/" + rajkot + "/progress"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planVersion").value(2))
                .andExpect(jsonPath("$.money.sanctioned").value(20 * LAKH));
        mvc.perform(get("/api/v1/monitoring/interventions/0/progress")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/progress").param("scheme", scheme))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/monitoring/warnings"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"warning-rules\"")));
        mvc.perform(get("/api/v1/monitoring/warnings")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/v1/monitoring/matrix")))
                .andExpect(content().string(Matchers.containsString("/api/v1/monitoring/interventions/{id}/progress")))
                .andExpect(content().string(Matchers.containsString("/api/v1/monitoring/warnings")));
    }

    private static MatrixView.Cell cell(MatrixView view, String code) {
        return view.rows().stream()
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private void enter(long intervention, int year, int quarter, String indicator, ValueKind kind, long value) {
        reporting.enter(new ValueEntry(
                intervention,
                new ReportingPeriod(year, quarter),
                indicator,
                kind,
                "TOTAL",
                BigDecimal.valueOf(value),
                false));
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }
}
