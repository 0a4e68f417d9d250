package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.clusterdev.registry.ClusterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Early warning as of 2007-08 Q3, when the reports of Q2 are due (financial year 2007-08 is this test's own). */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class EarlyWarningsIntegrationTests {

    static final ReportingPeriod AS_OF = new ReportingPeriod(2007, 3);

    @Autowired
    ResultsReporting reporting;

    @Autowired
    EarlyWarnings warnings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterRegistry registry;

    long silent;
    long lagging;

    @BeforeEach
    void dataSet() {
        InterventionFixture fixture = new InterventionFixture(jdbc, registry);
        silent = fixture.implementing("Warnings: silent since Q1", "Konark Stone Carving", "MP_ICDP");
        lagging = fixture.implementing("Warnings: behind target", "Ahmedabad Jewellery", "MP_ICDP");
        if (reporting.report(silent, new ReportingPeriod(2007, 1)).isPresent()) {
            return;
        }
        enter(silent, 1, "SAVINGS", ValueKind.ACTUAL, 5);
        // flows are compared over the quarters: 9 + 9 against 10 + 10 is on track
        enter(lagging, 1, "SAVINGS", ValueKind.TARGET, 10);
        enter(lagging, 1, "SAVINGS", ValueKind.ACTUAL, 9);
        enter(lagging, 2, "SAVINGS", ValueKind.TARGET, 10);
        enter(lagging, 2, "SAVINGS", ValueKind.ACTUAL, 9);
        // running counts at the latest quarter: 10 against 20 is behind, although Q1's 9 against 10 was not
        enter(lagging, 1, "FIRMS_SUPPORTED", ValueKind.TARGET, 10);
        enter(lagging, 1, "FIRMS_SUPPORTED", ValueKind.ACTUAL, 9);
        enter(lagging, 2, "FIRMS_SUPPORTED", ValueKind.TARGET, 20);
        enter(lagging, 2, "FIRMS_SUPPORTED", ValueKind.ACTUAL, 10);
        // a target without any actual is behind
        enter(lagging, 2, "TRAINEES", ValueKind.TARGET, 25);
    }

    @Test
    void anInterventionWithoutTheDueQuartersReportIsFlaggedAsMissing() {
        List<Warning> found = warnings.asOf(AS_OF, Optional.empty());

        assertThat(found)
                .filteredOn(w -> w.interventionId() == silent)
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.kind()).isEqualTo(Warning.Kind.MISSING_REPORTS);
                    assertThat(w.lastReported()).contains(new ReportingPeriod(2007, 1));
                });
        assertThat(found)
                .filteredOn(w -> w.interventionId() == lagging && w.kind() == Warning.Kind.MISSING_REPORTS)
                .isEmpty();
    }

    @Test
    void indicatorsUnderThreeQuartersOfTheirTargetAreFlaggedByTheirOwnRule() {
        List<Warning> behind = warnings.asOf(AS_OF, Optional.of(24)).stream()
                .filter(w -> w.interventionId() == lagging)
                .toList();

        assertThat(behind)
                .extracting(w -> w.indicatorCode().orElseThrow())
                .containsExactly("FIRMS_SUPPORTED", "TRAINEES");
        assertThat(behind.get(0).actual().orElseThrow()).isEqualByComparingTo("10");
        assertThat(behind.get(0).target().orElseThrow()).isEqualByComparingTo("20");
        assertThat(warnings.asOf(AS_OF, Optional.of(21))).noneMatch(w -> w.interventionId() == lagging);
    }

    private void enter(long intervention, int quarter, String indicator, ValueKind kind, long value) {
        reporting.enter(new ValueEntry(
                intervention,
                new ReportingPeriod(2007, quarter),
                indicator,
                kind,
                "TOTAL",
                BigDecimal.valueOf(value),
                false));
    }
}
