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

/**
 * Aggregation checked against figures computed by hand from a small data set in financial year 2001-02, which no
 * other test uses: four interventions in Gujarat (Rajkot, two in Ahmedabad) and Odisha (Puri) under two schemes,
 * with reports at every approval level.
 *
 * <pre>
 * EXPORTS (SUM)           quarter  TOTAL  MICRO  SMALL  approval
 *   Rajkot     MSECDP     Q1       100    30     70     scheme      target 120
 *   Rajkot     MSECDP     Q2        50                  state cell
 *   Jewellery  MSECDP     Q1        40    40            scheme
 *   Pharma     UNIDO      Q2        10                  entered
 *   Konark     UNIDO      Q1         7     7            scheme
 * FIRMS_SUPPORTED (LAST): Rajkot Q1 20, Q2 25; Jewellery Q1 10
 * AVERAGE_MONTHLY_WAGE (weighted by EMPLOYMENT): Rajkot Q1 10,000 x 300; Jewellery Q1 8,000 x 100
 * UPSCALED (COUNT): Rajkot Q2 1, Pharma Q2 0, Konark Q1 1
 * </pre>
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class DashboardsIntegrationTests {

    static final ReportingPeriod Q1 = new ReportingPeriod(2001, 1);
    static final ReportingPeriod Q2 = new ReportingPeriod(2001, 2);

    @Autowired
    ResultsReporting reporting;

    @Autowired
    Dashboards dashboards;

    @Autowired
    FirmOutcomes firmOutcomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterRegistry registry;

    long rajkot;
    long jewellery;
    long pharma;
    long konark;

    @BeforeEach
    void dataSet() {
        InterventionFixture fixture = new InterventionFixture(jdbc, registry);
        rajkot = fixture.implementing("Dashboards: Rajkot engines", "Rajkot Diesel Engines", "MSECDP");
        jewellery = fixture.implementing("Dashboards: jewellery", "Ahmedabad Jewellery", "MSECDP");
        pharma = fixture.implementing("Dashboards: pharma", "Ahmedabad Pharmaceuticals", "UNIDO_CONSOLIDATED");
        konark = fixture.implementing("Dashboards: stone carving", "Konark Stone Carving", "UNIDO_CONSOLIDATED");
        if (reporting.report(rajkot, Q1).isPresent()) {
            return;
        }
        enter(rajkot, Q1, "EXPORTS", ValueKind.ACTUAL, "TOTAL", 100);
        enter(rajkot, Q1, "EXPORTS", ValueKind.ACTUAL, "SIZE_CLASS:MICRO", 30);
        enter(rajkot, Q1, "EXPORTS", ValueKind.ACTUAL, "SIZE_CLASS:SMALL", 70);
        enter(rajkot, Q1, "EXPORTS", ValueKind.TARGET, "TOTAL", 120);
        enter(rajkot, Q1, "FIRMS_SUPPORTED", ValueKind.ACTUAL, "TOTAL", 20);
        enter(rajkot, Q1, "AVERAGE_MONTHLY_WAGE", ValueKind.ACTUAL, "TOTAL", 10_000);
        enter(rajkot, Q1, "EMPLOYMENT", ValueKind.ACTUAL, "TOTAL", 300);
        enter(rajkot, Q2, "EXPORTS", ValueKind.ACTUAL, "TOTAL", 50);
        enter(rajkot, Q2, "FIRMS_SUPPORTED", ValueKind.ACTUAL, "TOTAL", 25);
        enter(rajkot, Q2, "UPSCALED", ValueKind.ACTUAL, "TOTAL", 1);
        enter(jewellery, Q1, "EXPORTS", ValueKind.ACTUAL, "TOTAL", 40);
        enter(jewellery, Q1, "EXPORTS", ValueKind.ACTUAL, "SIZE_CLASS:MICRO", 40);
        enter(jewellery, Q1, "FIRMS_SUPPORTED", ValueKind.ACTUAL, "TOTAL", 10);
        enter(jewellery, Q1, "AVERAGE_MONTHLY_WAGE", ValueKind.ACTUAL, "TOTAL", 8_000);
        enter(jewellery, Q1, "EMPLOYMENT", ValueKind.ACTUAL, "TOTAL", 100);
        enter(pharma, Q2, "EXPORTS", ValueKind.ACTUAL, "TOTAL", 10);
        enter(pharma, Q2, "UPSCALED", ValueKind.ACTUAL, "TOTAL", 0);
        enter(konark, Q1, "EXPORTS", ValueKind.ACTUAL, "TOTAL", 7);
        enter(konark, Q1, "EXPORTS", ValueKind.ACTUAL, "SIZE_CLASS:MICRO", 7);
        enter(konark, Q1, "UPSCALED", ValueKind.ACTUAL, "TOTAL", 1);
        approveUpTo(rajkot, Q1, Approval.SCHEME_APPROVED);
        approveUpTo(rajkot, Q2, Approval.STATE_APPROVED);
        approveUpTo(jewellery, Q1, Approval.SCHEME_APPROVED);
        approveUpTo(konark, Q1, Approval.SCHEME_APPROVED);
    }

    @Test
    void theNationByStateCountsOnlyValuesApprovedByTheSchemeByDefault() {
        DashboardView view = dashboards.dashboard(query("EXPORTS", Grouping.STATE, Approval.SCHEME_APPROVED));

        assertThat(actual(view, "Gujarat", "TOTAL")).isEqualByComparingTo("140");
        assertThat(actual(view, "Odisha", "TOTAL")).isEqualByComparingTo("7");
        assertThat(view.total().actual("TOTAL"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("147"));
        assertThat(row(view, "Gujarat").target("TOTAL"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120"));
        assertThat(row(view, "Gujarat").interventions()).isEqualTo(2);
    }

    @Test
    void aLowerApprovalLevelCountsTheValuesApprovedSoFarAndEnteredCountsEverything() {
        DashboardView stateCell = dashboards.dashboard(query("EXPORTS", Grouping.STATE, Approval.STATE_APPROVED));
        DashboardView entered = dashboards.dashboard(query("EXPORTS", Grouping.STATE, Approval.ENTERED));

        assertThat(actual(stateCell, "Gujarat", "TOTAL")).isEqualByComparingTo("190");
        assertThat(stateCell.total().actual("TOTAL"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("197"));
        assertThat(actual(entered, "Gujarat", "TOTAL")).isEqualByComparingTo("200");
        assertThat(entered.total().actual("TOTAL"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("207"));
    }

    @Test
    void theSizeClassDisaggregationSitsNextToTheTotal() {
        DashboardQuery bySize = new DashboardQuery(
                "EXPORTS",
                Grouping.STATE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                clusters(),
                Q1,
                new ReportingPeriod(2001, 4),
                Approval.SCHEME_APPROVED,
                Optional.of("SIZE_CLASS"));
        DashboardView view = dashboards.dashboard(bySize);

        assertThat(view.breakdowns())
                .containsExactly("TOTAL", "SIZE_CLASS:MICRO", "SIZE_CLASS:SMALL", "SIZE_CLASS:MEDIUM");
        assertThat(actual(view, "Gujarat", "SIZE_CLASS:MICRO")).isEqualByComparingTo("70");
        assertThat(actual(view, "Gujarat", "SIZE_CLASS:SMALL")).isEqualByComparingTo("70");
        assertThat(row(view, "Gujarat").actual("SIZE_CLASS:MEDIUM")).isEmpty();
        assertThat(actual(view, "Odisha", "SIZE_CLASS:MICRO")).isEqualByComparingTo("7");
        assertThat(view.total().actual("SIZE_CLASS:MICRO"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("77"));
    }

    @Test
    void aStateRollsUpFromItsDistrictsAndADistrictFromItsClusters() {
        DashboardQuery gujarat = new DashboardQuery(
                "EXPORTS",
                Grouping.DISTRICT,
                Optional.of(24),
                Optional.empty(),
                Optional.empty(),
                clusters(),
                Q1,
                new ReportingPeriod(2001, 4),
                Approval.ENTERED,
                Optional.empty());
        DashboardView districts = dashboards.dashboard(gujarat);
        assertThat(actual(districts, "Rajkot", "TOTAL")).isEqualByComparingTo("150");
        assertThat(actual(districts, "Ahmedabad", "TOTAL")).isEqualByComparingTo("50");
        assertThat(districts.total().actual("TOTAL"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("200"));

        DashboardQuery ahmedabad = new DashboardQuery(
                "EXPORTS",
                Grouping.CLUSTER,
                Optional.of(24),
                Optional.of("Ahmedabad"),
                Optional.empty(),
                clusters(),
                Q1,
                new ReportingPeriod(2001, 4),
                Approval.ENTERED,
                Optional.empty());
        DashboardView clusters = dashboards.dashboard(ahmedabad);
        assertThat(actual(clusters, "Ahmedabad Jewellery", "TOTAL")).isEqualByComparingTo("40");
        assertThat(actual(clusters, "Ahmedabad Pharmaceuticals", "TOTAL")).isEqualByComparingTo("10");
    }

    @Test
    void schemesRollUpFromTheirInterventionsAndQuartersAreSeparate() {
        DashboardView schemes = dashboards.dashboard(query("EXPORTS", Grouping.SCHEME, Approval.ENTERED));
        assertThat(actual(schemes, "MSECDP", "TOTAL")).isEqualByComparingTo("190");
        assertThat(actual(schemes, "UNIDO_CONSOLIDATED", "TOTAL")).isEqualByComparingTo("17");

        DashboardQuery unido = new DashboardQuery(
                "EXPORTS",
                Grouping.INTERVENTION,
                Optional.empty(),
                Optional.empty(),
                Optional.of("UNIDO_CONSOLIDATED"),
                clusters(),
                Q1,
                new ReportingPeriod(2001, 4),
                Approval.ENTERED,
                Optional.empty());
        DashboardView interventions = dashboards.dashboard(unido);
        assertThat(actual(interventions, "Dashboards: pharma", "TOTAL")).isEqualByComparingTo("10");
        assertThat(actual(interventions, "Dashboards: stone carving", "TOTAL")).isEqualByComparingTo("7");

        assertThat(schemes.periods()).extracting(DashboardView.Row::label).containsExactly("2001-02 Q1", "2001-02 Q2");
        assertThat(schemes.periods().get(0).actual("TOTAL").orElseThrow()).isEqualByComparingTo("147");
        assertThat(schemes.periods().get(1).actual("TOTAL").orElseThrow()).isEqualByComparingTo("60");
    }

    @Test
    void runningCountsTakeEachInterventionsLatestQuarterWeightedMeansWeighAndCountCountsInterventions() {
        DashboardView firms = dashboards.dashboard(query("FIRMS_SUPPORTED", Grouping.STATE, Approval.ENTERED));
        // Rajkot's latest is Q2 (25), not 20 + 25; the jewellery cluster adds its 10
        assertThat(firms.total().actual("TOTAL"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("35"));
        assertThat(firms.periods().get(0).actual("TOTAL").orElseThrow()).isEqualByComparingTo("30");

        DashboardView wage = dashboards.dashboard(query("AVERAGE_MONTHLY_WAGE", Grouping.STATE, Approval.ENTERED));
        // (10,000 x 300 + 8,000 x 100) / 400, where the plain mean would be 9,000
        assertThat(wage.total().actual("TOTAL"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9500"));

        DashboardView upscaled = dashboards.dashboard(query("UPSCALED", Grouping.SCHEME, Approval.ENTERED));
        assertThat(upscaled.total().actual("TOTAL"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(actual(upscaled, "UNIDO_CONSOLIDATED", "TOTAL")).isEqualByComparingTo("1");
    }

    @Test
    void theFirmLevelTablesHaveOneRowPerClusterWithItsYearsAndATotalByEachOutcomesRule() {
        List<Long> chosen = List.of(
                new InterventionFixture(jdbc, registry)
                        .cluster("Rajkot Diesel Engines")
                        .id(),
                new InterventionFixture(jdbc, registry)
                        .cluster("Ahmedabad Jewellery")
                        .id());
        FirmOutcomeTable table = firmOutcomes.table(chosen, 2001, 2001, Approval.ENTERED);

        assertThat(table.rows())
                .extracting(FirmOutcomeTable.Row::name)
                .containsExactly("Ahmedabad Jewellery", "Rajkot Diesel Engines");
        FirmOutcomeTable.Row rajkotRow = table.rows().get(1);
        assertThat(rajkotRow.years()).isEqualTo("2001-02 - 2001-02");
        assertThat(rajkotRow.value("EXPORTS").orElseThrow()).isEqualByComparingTo("150");
        assertThat(rajkotRow.value("FIRMS_SUPPORTED").orElseThrow()).isEqualByComparingTo("25");
        assertThat(rajkotRow.value("SAVINGS")).isEmpty();
        assertThat(table.total().value("EXPORTS").orElseThrow()).isEqualByComparingTo("190");
        assertThat(table.total().value("FIRMS_SUPPORTED").orElseThrow()).isEqualByComparingTo("35");

        FirmOutcomeTable approved = firmOutcomes.table(chosen, 2001, 2001, Approval.SCHEME_APPROVED);
        assertThat(approved.total().value("EXPORTS").orElseThrow()).isEqualByComparingTo("140");
    }

    private DashboardQuery query(String indicator, Grouping by, Approval approval) {
        return new DashboardQuery(
                indicator,
                by,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                clusters(),
                Q1,
                new ReportingPeriod(2001, 4),
                approval,
                Optional.empty());
    }

    /** The four clusters of the data set, so values other tests enter elsewhere never count. */
    private List<Long> clusters() {
        InterventionFixture fixture = new InterventionFixture(jdbc, registry);
        return List.of(
                fixture.cluster("Rajkot Diesel Engines").id(),
                fixture.cluster("Ahmedabad Jewellery").id(),
                fixture.cluster("Ahmedabad Pharmaceuticals").id(),
                fixture.cluster("Konark Stone Carving").id());
    }

    private static DashboardView.Row row(DashboardView view, String label) {
        return view.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + view.rows()));
    }

    private static BigDecimal actual(DashboardView view, String label, String breakdown) {
        return row(view, label).actual(breakdown).orElseThrow(() -> new AssertionError("no " + breakdown));
    }

    private void enter(
            long intervention, ReportingPeriod period, String indicator, ValueKind kind, String breakdown, long value) {
        reporting.enter(
                new ValueEntry(intervention, period, indicator, kind, breakdown, BigDecimal.valueOf(value), false));
    }

    private void approveUpTo(long intervention, ReportingPeriod period, Approval level) {
        ReportView report = reporting.report(intervention, period).orElseThrow();
        while (report.approval().compareTo(level) < 0) {
            reporting.approve(report.id(), report.version());
            report = reporting.report(report.id()).orElseThrow();
        }
    }
}
