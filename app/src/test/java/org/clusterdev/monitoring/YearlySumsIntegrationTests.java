package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.clusterdev.registry.ClusterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Dashboards over whole years read yearly sums kept by the database beside the values: they must follow every
 * entry, correction, approval, unlock and removal, and join the quarters read around them.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class YearlySumsIntegrationTests {

    @Autowired
    ResultsReporting reporting;

    @Autowired
    Dashboards dashboards;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterRegistry registry;

    long intervention;

    @Test
    void wholeYearsFollowEveryEntryCorrectionApprovalUnlockAndRemoval() {
        intervention = new InterventionFixture(jdbc, registry)
                .implementing("Yearly sums: Chanderi weavers", "Chanderi Handloom", "MSECDP");
        long[] exports = {10, 20, 30, 40};
        long[] firms = {5, 6, 7, 8};
        for (int quarter = 1; quarter <= 4; quarter++) {
            enter(quarter(2003, quarter), "EXPORTS", exports[quarter - 1]);
            enter(quarter(2003, quarter), "FIRMS_SUPPORTED", firms[quarter - 1]);
        }
        // EXPORTS adds up: 10 + 20 + 30 + 40; FIRMS_SUPPORTED takes the latest quarter's value
        assertThat(year("EXPORTS", Approval.ENTERED)).contains("100");
        assertThat(year("FIRMS_SUPPORTED", Approval.ENTERED)).contains("8");

        enter(quarter(2003, 3), "EXPORTS", 35);
        assertThat(year("EXPORTS", Approval.ENTERED)).contains("105");

        approve(quarter(2003, 1));
        approve(quarter(2003, 2));
        assertThat(year("EXPORTS", Approval.SCHEME_APPROVED)).contains("30");
        assertThat(year("FIRMS_SUPPORTED", Approval.SCHEME_APPROVED)).contains("6");

        ReportView second = reporting.report(intervention, quarter(2003, 2)).orElseThrow();
        reporting.unlock(second.id(), second.version(), "figures to be checked");
        assertThat(year("EXPORTS", Approval.SCHEME_APPROVED)).contains("10");
        assertThat(year("FIRMS_SUPPORTED", Approval.SCHEME_APPROVED)).contains("5");
        assertThat(year("EXPORTS", Approval.ENTERED)).contains("105");

        ReportView fourth = reporting.report(intervention, quarter(2003, 4)).orElseThrow();
        reporting.remove(fourth.id(), "EXPORTS", ValueKind.ACTUAL, "TOTAL");
        assertThat(year("EXPORTS", Approval.ENTERED)).contains("65");

        // a range with quarters around a whole year: 2002 Q4 and 2004 Q1 from the values, 2003 from its sum
        enter(quarter(2002, 4), "EXPORTS", 1);
        enter(quarter(2004, 1), "EXPORTS", 1000);
        enter(quarter(2004, 2), "EXPORTS", 50_000);
        assertThat(actual("EXPORTS", quarter(2002, 4), quarter(2004, 1), Approval.ENTERED))
                .contains("1066");
        assertThat(actual("EXPORTS", quarter(2003, 2), quarter(2004, 1), Approval.ENTERED))
                .contains("1055");
    }

    private Optional<String> year(String indicator, Approval approval) {
        return actual(indicator, quarter(2003, 1), quarter(2003, 4), approval);
    }

    private Optional<String> actual(String indicator, ReportingPeriod from, ReportingPeriod to, Approval approval) {
        DashboardView view = dashboards.dashboard(new DashboardQuery(
                indicator,
                Grouping.INTERVENTION,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                from,
                to,
                approval,
                Optional.empty()));
        return view.rows().stream()
                .filter(row -> row.key().equals(Long.toString(intervention)))
                .findFirst()
                .flatMap(row -> row.actual("TOTAL"))
                .map(value -> value.stripTrailingZeros().toPlainString());
    }

    private void enter(ReportingPeriod period, String indicator, long value) {
        reporting.enter(new ValueEntry(
                intervention, period, indicator, ValueKind.ACTUAL, "TOTAL", BigDecimal.valueOf(value), true));
    }

    private void approve(ReportingPeriod period) {
        ReportView report = reporting.report(intervention, period).orElseThrow();
        while (report.approval().compareTo(Approval.SCHEME_APPROVED) < 0) {
            reporting.approve(report.id(), report.version());
            report = reporting.report(report.id()).orElseThrow();
        }
    }

    private static ReportingPeriod quarter(int year, int quarter) {
        return new ReportingPeriod(year, quarter);
    }
}
