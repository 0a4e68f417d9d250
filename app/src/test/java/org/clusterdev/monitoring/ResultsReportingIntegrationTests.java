package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.clusterdev.registry.ClusterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Entering values by form and by sheet, the rules that refuse them, approval by level, lock and unlock. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class ResultsReportingIntegrationTests {

    static final String GUJARAT_CELL = "monitoring.gujarat.cell";
    static final String KONARK_CDA = "monitoring.konark.cda";

    @Autowired
    ResultsReporting reporting;

    @Autowired
    ResultsUpload upload;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterRegistry registry;

    InterventionFixture fixture;

    @BeforeEach
    void people() {
        fixture = new InterventionFixture(jdbc, registry);
        if (accounts.findByUsername(GUJARAT_CELL).isEmpty()) {
            accounts.create(
                    GUJARAT_CELL,
                    "Gujarat cell",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.STATE_CELL, Scope.state(24))));
            long konark = fixture.cluster("Konark Stone Carving").id();
            accounts.create(
                    KONARK_CDA,
                    "Konark CDA",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.CDA, new Scope(Scope.ScopeType.CLUSTER, Long.toString(konark)))));
        }
    }

    @Test
    void refusesValuesOutsideTheIndicatorsRangeOrBreakdownsWithTheFieldAndStoresNothing() {
        long id = fixture.implementing("Reporting: ranges", "Rajkot Diesel Engines", "MSECDP");
        ReportingPeriod period = new ReportingPeriod(2002, 1);

        assertThatThrownBy(() -> enter(id, period, "CAPACITY_UTILISATION", "TOTAL", "140"))
                .hasMessage("value: CAPACITY_UTILISATION is at most 100, not 140");
        assertThatThrownBy(() -> enter(id, period, "FIRMS_SUPPORTED", "TOTAL", "2.5"))
                .hasMessageStartingWith("value: FIRMS_SUPPORTED is counted in whole numbers");
        assertThatThrownBy(() -> enter(id, period, "EXPORTS", "TOTAL", "-1"))
                .hasMessageStartingWith("value: EXPORTS is at least 0");
        assertThatThrownBy(() -> enter(id, period, "EXPORT_NEW_MARKETS", "SIZE_CLASS:MICRO", "1"))
                .hasMessageStartingWith("breakdown: EXPORT_NEW_MARKETS takes [TOTAL]");
        assertThatThrownBy(() -> enter(id, period, "NO_SUCH", "TOTAL", "1"))
                .hasMessageStartingWith("indicator: 'NO_SUCH' is not an indicator");
        assertThat(reporting.report(id, period)).isEmpty();
    }

    @Test
    void partsOfABreakdownMustAddUpToTheTotalAndFirmCountsStayWithinTheFirmsSupported() {
        long id = fixture.implementing("Reporting: consistency", "Rajkot Diesel Engines", "NSIC");
        ReportingPeriod period = new ReportingPeriod(2002, 1);
        enter(id, period, "EXPORTS", "TOTAL", "100");
        enter(id, period, "EXPORTS", "SIZE_CLASS:MICRO", "60");
        assertThatThrownBy(() -> enter(id, period, "EXPORTS", "SIZE_CLASS:SMALL", "50"))
                .hasMessage("breakdown: the SIZE_CLASS parts of EXPORTS add up to 110, more than the total 100");
        enter(id, period, "EXPORTS", "SIZE_CLASS:SMALL", "30");
        assertThatThrownBy(() -> enter(id, period, "EXPORTS", "SIZE_CLASS:MEDIUM", "5"))
                .hasMessage("breakdown: the SIZE_CLASS parts of EXPORTS add up to 95, not the total 100");
        enter(id, period, "EXPORTS", "SIZE_CLASS:MEDIUM", "10");

        enter(id, period, "FIRMS_SUPPORTED", "TOTAL", "40");
        assertThatThrownBy(() -> enter(id, period, "EXPORTS_FIRMS", "TOTAL", "41"))
                .hasMessageStartingWith("value: EXPORTS_FIRMS (41) cannot exceed FIRMS_SUPPORTED");
        enter(id, period, "EXPORTS_FIRMS", "TOTAL", "12");
        assertThatThrownBy(() -> enter(id, period, "FIRMS_SUPPORTED", "TOTAL", "11"))
                .hasMessageStartingWith("value: FIRMS_SUPPORTED cannot be below EXPORTS_FIRMS");
        assertThat(reporting.report(id, period).orElseThrow().values()).hasSize(6);
    }

    @Test
    void anActualFarFromTheInterventionsHistoryIsRefusedUntilConfirmed() {
        long id = fixture.implementing("Reporting: outliers", "Ahmedabad Jewellery", "NSIC");
        int quarter = 1;
        for (String value : List.of("100", "110", "90", "100")) {
            enter(id, new ReportingPeriod(2003, quarter++), "DOMESTIC_SALES", "TOTAL", value);
        }
        ReportingPeriod next = new ReportingPeriod(2004, 1);
        assertThatThrownBy(() -> enter(id, next, "DOMESTIC_SALES", "TOTAL", "1000"))
                .hasMessageStartingWith("value: 1000 for DOMESTIC_SALES is far from this intervention's 4 earlier"
                        + " quarters (mean 100)");
        enter(id, next, "DOMESTIC_SALES", "TOTAL", "125");
        reporting.enter(
                new ValueEntry(id, next, "DOMESTIC_SALES", ValueKind.ACTUAL, "TOTAL", new BigDecimal("1000"), true));
        assertThat(reporting.report(id, next).orElseThrow().values())
                .singleElement()
                .satisfies(v -> assertThat(v.outlierConfirmed()).isTrue());
    }

    @Test
    void approvalGoesAgencyStateSchemeLocksTheValuesAndAnUnlockNeedsAReasonAndIsAudited() {
        long id = fixture.implementing("Reporting: approval", "Ahmedabad Pharmaceuticals", "NSIC");
        ReportingPeriod period = new ReportingPeriod(2002, 2);
        long reportId = reporting.enter(entry(id, period, "SAVINGS", "TOTAL", "5"));

        assertThat(approve(reportId)).isEqualTo(Approval.AGENCY_APPROVED);
        assertThatThrownBy(() -> enter(id, period, "SAVINGS", "TOTAL", "6"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("report: the report of 2002-03 Q2 is AGENCY_APPROVED and locked");
        assertThat(approve(reportId)).isEqualTo(Approval.STATE_APPROVED);
        assertThat(approve(reportId)).isEqualTo(Approval.SCHEME_APPROVED);
        int version = reporting.report(reportId).orElseThrow().version();
        assertThatThrownBy(() -> reporting.unlock(reportId, version, " ")).hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> reporting.approve(reportId, version))
                .hasMessageStartingWith("report: the report is already approved by the scheme");

        reporting.unlock(reportId, version, "savings figure from the wrong quarter");
        enter(id, period, "SAVINGS", "TOTAL", "6");

        ReportView after = reporting.report(reportId).orElseThrow();
        assertThat(after.approval()).isEqualTo(Approval.ENTERED);
        assertThat(after.values().get(0).value()).isEqualByComparingTo("6");
        assertThat(reporting.history(reportId))
                .extracting(HistoryEntry::action)
                .containsExactly("ENTER", "APPROVE", "APPROVE", "APPROVE", "UNLOCK", "CHANGE");
        assertThat(reporting.history(reportId).get(4).note()).isEqualTo("savings figure from the wrong quarter");
        assertThat(audit.history("report", Long.toString(reportId))).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("UNLOCK");
            assertThat(entry.afterValue()).contains("savings figure from the wrong quarter");
        });
    }

    @Test
    void aStaleVersionCannotBeApproved() {
        long id = fixture.implementing("Reporting: stale", "Ahmedabad Pharmaceuticals", "MSECDP");
        ReportingPeriod period = new ReportingPeriod(2002, 3);
        long reportId = reporting.enter(entry(id, period, "SAVINGS", "TOTAL", "5"));
        int seen = reporting.report(reportId).orElseThrow().version();
        enter(id, period, "SAVINGS", "TOTAL", "7");
        assertThatThrownBy(() -> reporting.approve(reportId, seen)).hasMessageStartingWith("version: ");
    }

    @Test
    void aCdaReportsForItsClusterOnlyAndCannotApprove() {
        long konark = fixture.implementing("Reporting: Konark CDA", "Konark Stone Carving", "NSIC");
        long rajkot = fixture.implementing("Reporting: not the CDA's", "Rajkot Diesel Engines", "IIUS");
        as(KONARK_CDA, () -> {
            long reportId = reporting.enter(entry(konark, new ReportingPeriod(2002, 1), "TRAINEES", "TOTAL", "12"));
            assertThat(reportId).isPositive();
            assertThatThrownBy(() -> enter(rajkot, new ReportingPeriod(2002, 1), "TRAINEES", "TOTAL", "12"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> approve(reportId)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void aStateCellApprovesOnlyAfterTheAgencyAndOnlyInItsState() {
        long id = fixture.implementing("Reporting: state cell", "Rajkot Diesel Engines", "SFURTI");
        long reportId = reporting.enter(entry(id, new ReportingPeriod(2002, 1), "TRAINEES", "TOTAL", "3"));
        assertThat(reporting.report(reportId).map(reporting::mayApprove)).contains(true);
        approve(reportId);
        assertThat(approveAs(GUJARAT_CELL, reportId)).isTrue();
        assertThat(reporting.report(reportId).orElseThrow().approval()).isEqualTo(Approval.STATE_APPROVED);
    }

    @Test
    void anUploadWithBadRowsListsEveryOneWithRowFieldAndReasonAndStoresNothing() throws Exception {
        long id = fixture.implementing("Reporting: upload", "Ahmedabad Jewellery", "SFURTI");
        String sheet = """
                intervention,year,quarter,indicator,kind,breakdown,value
                %1$d,2002,1,EXPORTS,ACTUAL,,100
                %1$d,2002,5,EXPORTS,ACTUAL,,100
                %1$d,2002,1,TRAINEES,ACTUAL,GENDER:WOMEN,abc
                %1$d,2002,1,CAPACITY_UTILISATION,TARGET,,101
                %1$d,2002,1,EXPORTS,PLANNED,,1
                """.formatted(id);
        assertThatThrownBy(() -> upload.upload(stream(sheet)))
                .isInstanceOfSatisfying(
                        UploadRefused.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(
                                        new UploadProblem(3, "quarter", "a quarter is 1 to 4, not 5"),
                                        new UploadProblem(4, "value", "'abc' is not a number"),
                                        new UploadProblem(5, "value", "CAPACITY_UTILISATION is at most 100, not 101"),
                                        new UploadProblem(6, "kind", "BASELINE, TARGET or ACTUAL, not 'PLANNED'")));
        assertThat(reporting.report(id, new ReportingPeriod(2002, 1))).isEmpty();

        int stored = upload.upload(stream("""
                intervention,year,quarter,indicator,kind,breakdown,value
                %1$d,2002,1,TRAINEES,ACTUAL,,30
                %1$d,2002,1,TRAINEES,ACTUAL,GENDER:WOMEN,18
                %1$d,2002,1,TRAINEES,ACTUAL,GENDER:MEN,12
                %1$d,2002,1,TRAINEES,TARGET,,40
                """.formatted(id)));
        assertThat(stored).isEqualTo(4);
        assertThat(reporting
                        .report(id, new ReportingPeriod(2002, 1))
                        .orElseThrow()
                        .values())
                .hasSize(4);
    }

    private boolean approveAs(String username, long reportId) {
        as(username, () -> approve(reportId));
        return true;
    }

    /** Runs {@code work} signed in as {@code username}, whose roles come from the user's account. */
    private static void as(String username, Runnable work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                username, "n/a", "ROLE_USER"));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private Approval approve(long reportId) {
        return reporting.approve(
                reportId, reporting.report(reportId).orElseThrow().version());
    }

    private void enter(long id, ReportingPeriod period, String indicator, String breakdown, String value) {
        reporting.enter(entry(id, period, indicator, breakdown, value));
    }

    private static ValueEntry entry(long id, ReportingPeriod period, String indicator, String breakdown, String value) {
        return new ValueEntry(id, period, indicator, ValueKind.ACTUAL, breakdown, new BigDecimal(value), false);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
