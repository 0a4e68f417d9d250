package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.clusterdev.programme.BaselineFigure;
import org.clusterdev.programme.DiagnosticStudies;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.StudyDraft;
import org.clusterdev.programme.StudyFinding;
import org.clusterdev.programme.StudySection;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A validated diagnostic study gives the intervention its baselines: figures standing for an indicator are stored in
 * the quarter of the validation with their source, once; a study validated again updates them; a baseline entered
 * by hand, a locked report and a figure the indicator refuses are left as they are, with the reason recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class StudyBaselinesIntegrationTests {

    static final ReportingPeriod NOW = ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")));

    @Autowired
    DiagnosticStudies studies;

    @Autowired
    StudyBaselines baselines;

    @Autowired
    ResultsReporting reporting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long intervention;

    @BeforeEach
    void intervention() {
        ReviewFixture fixture = new ReviewFixture(jdbc);
        intervention =
                fixture.intervention(fixture.scheme("Study baselines"), "Bidar Bidriware", Stage.DIAGNOSTIC_STUDY);
    }

    @Test
    void theFiguresThatStandForIndicatorsBecomeBaselinesOnceWithTheirSource() throws Exception {
        validate(1200, 140);

        Map<String, StudyBaseline> found = awaitAdopted("EMPLOYMENT", "1200");
        assertThat(found.keySet()).containsExactly("TURNOVER", "CAPACITY_UTILISATION", "EMPLOYMENT");
        StudyBaseline employment = found.get("EMPLOYMENT");
        assertThat(employment.outcome()).isEqualTo(StudyBaseline.Outcome.APPLIED);
        assertThat(employment.period()).isEqualTo(NOW);
        assertThat(employment.figure()).isEqualTo("employment");
        assertThat(found.get("TURNOVER").figure()).isEqualTo("turnover_rupees");
        StudyBaseline refused = found.get("CAPACITY_UTILISATION");
        assertThat(refused.outcome()).isEqualTo(StudyBaseline.Outcome.REFUSED);
        assertThat(refused.reason()).contains("value: CAPACITY_UTILISATION is at most 100, not 140");
        assertThat(stored("EMPLOYMENT")).containsExactly(Map.entry(NOW.code(), "1200"));
        assertThat(stored("TURNOVER")).containsExactly(Map.entry(NOW.code(), "50000000"));
        assertThat(stored("CAPACITY_UTILISATION")).isEmpty();
        ReportView report = reporting.report(intervention, NOW).orElseThrow();
        assertThat(report.values())
                .filteredOn(v -> v.indicatorCode().equals("EMPLOYMENT"))
                .singleElement()
                .satisfies(v -> assertThat(v.enteredBy()).isEqualTo("diagnostic study, validated by admin"));
        int history = reporting.history(report.id()).size();

        baselines.adopt(intervention, "admin", Instant.now());

        assertThat(reporting.history(report.id())).hasSize(history);
        assertThat(stored("EMPLOYMENT")).containsExactly(Map.entry(NOW.code(), "1200"));
        mvc.perform(get("/monitoring/interventions/" + intervention + "/progress"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"study-baseline-EMPLOYMENT\"")))
                .andExpect(content().string(Matchers.containsString("study validated by admin")))
                .andExpect(content().string(Matchers.containsString("CAPACITY_UTILISATION is at most 100")));
    }

    @Test
    void aBaselineEnteredByHandIsKeptAndTheStudysFigureRecordedNextToIt() {
        reporting.enter(new ValueEntry(
                intervention,
                new ReportingPeriod(2024, 1),
                "EMPLOYMENT",
                ValueKind.BASELINE,
                "TOTAL",
                new BigDecimal("1000"),
                false));

        validate(1200, 80);

        Map<String, StudyBaseline> found = awaitAdopted("CAPACITY_UTILISATION", "80");
        StudyBaseline employment = found.get("EMPLOYMENT");
        assertThat(employment.outcome()).isEqualTo(StudyBaseline.Outcome.HAND_VALUE_KEPT);
        assertThat(employment.keptValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
        assertThat(stored("EMPLOYMENT")).containsExactly(Map.entry(20241, "1000"));
        assertThat(found.get("TURNOVER").outcome()).isEqualTo(StudyBaseline.Outcome.APPLIED);
    }

    @Test
    void aStudyValidatedAgainUpdatesItsOwnBaselinesButNotAChangedOrLockedOne() {
        validate(1200, 80);
        awaitAdopted("EMPLOYMENT", "1200");

        validate(1300, 85);
        awaitAdopted("EMPLOYMENT", "1300");
        assertThat(stored("EMPLOYMENT")).containsExactly(Map.entry(NOW.code(), "1300"));
        long report = reporting.report(intervention, NOW).orElseThrow().id();
        assertThat(reporting.history(report))
                .filteredOn(h -> h.indicatorCode().equals("EMPLOYMENT"))
                .extracting(HistoryEntry::action)
                .containsExactly("ENTER", "CHANGE");

        reporting.enter(new ValueEntry(
                intervention, NOW, "TURNOVER", ValueKind.BASELINE, "TOTAL", new BigDecimal("45000000"), false));
        reporting.approve(report, reporting.report(report).orElseThrow().version());
        validate(1400, 90);

        Map<String, StudyBaseline> found = awaitAdopted("EMPLOYMENT", "1400");
        assertThat(found.get("EMPLOYMENT").outcome()).isEqualTo(StudyBaseline.Outcome.REPORT_LOCKED);
        assertThat(found.get("TURNOVER").outcome()).isEqualTo(StudyBaseline.Outcome.HAND_VALUE_KEPT);
        assertThat(stored("EMPLOYMENT")).containsExactly(Map.entry(NOW.code(), "1300"));
        assertThat(stored("TURNOVER")).containsExactly(Map.entry(NOW.code(), "45000000"));
    }

    private void validate(int employment, int capacity) {
        int version = studies.study(intervention).map(s -> s.version()).orElse(-1);
        studies.save(
                intervention,
                new StudyDraft(
                        Map.of(
                                StudySection.PROFILE, "Inlay of silver on a zinc alloy",
                                StudySection.PRODUCTS_AND_MARKETS, "Vases and boxes for tourists",
                                StudySection.VISION, "Export to Europe"),
                        List.of(new StudyFinding("MARKET_DEVELOPMENT", StudyFinding.Kind.PROBLEM, "Few buyers")),
                        List.of(
                                new BaselineFigure("employment", BigDecimal.valueOf(employment), "persons", 2025),
                                new BaselineFigure("artisans", new BigDecimal("800"), "persons", 2025),
                                new BaselineFigure("turnover_rupees", new BigDecimal("50000000"), "rupees", 2025),
                                new BaselineFigure(
                                        "capacity_utilisation", BigDecimal.valueOf(capacity), "percent", 2025)),
                        List.of("Artisans' society", "Design institute", "Bank")),
                version);
        studies.validate(
                intervention, "sound", studies.study(intervention).orElseThrow().version());
    }

    /** Waits for the validation's listener to record the figure of an indicator, then returns all by indicator. */
    private Map<String, StudyBaseline> awaitAdopted(String indicator, String value) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> baselines.of(intervention).stream()
                        .anyMatch(b -> b.indicatorCode().equals(indicator)
                                && b.value().compareTo(new BigDecimal(value)) == 0));
        Map<String, StudyBaseline> all = new java.util.LinkedHashMap<>();
        baselines.of(intervention).forEach(b -> all.put(b.indicatorCode(), b));
        return all;
    }

    private List<Map.Entry<Integer, String>> stored(String indicator) {
        return jdbc.sql("""
                        select period, value from monitoring.indicator_value
                        where intervention_id = ? and indicator_code = ? and kind = 'BASELINE' order by period""")
                .params(intervention, indicator)
                .query((rs, n) -> Map.entry(
                        rs.getInt("period"),
                        rs.getBigDecimal("value").stripTrailingZeros().toPlainString()))
                .list();
    }
}
