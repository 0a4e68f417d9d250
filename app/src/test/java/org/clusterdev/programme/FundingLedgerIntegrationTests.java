package org.clusterdev.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusterdev.programme.InterventionFixture.LAKH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.Role;
import org.clusterdev.identity.RoleGrant;
import org.clusterdev.identity.Scope;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin")
class FundingLedgerIntegrationTests {

    static final String GUJARAT_CDA = "ledger.gujarat.cda";
    static final LocalDate DAY = LocalDate.of(2027, 5, 1);

    @Autowired
    FundingLedger ledger;

    @Autowired
    CreditPlans credit;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    List<TransitionCheck> checks;

    InterventionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new InterventionFixture(jdbc);
        if (accounts.findByUsername(GUJARAT_CDA).isEmpty()) {
            accounts.create(
                    GUJARAT_CDA,
                    "CDA in Gujarat",
                    "a long enough passphrase",
                    List.of(new RoleGrant(Role.STATE_CELL, Scope.state(9)), new RoleGrant(Role.CDA, Scope.state(24))));
        }
    }

    @Test
    void aSecondReleaseWithoutTheFirstTranchesUtilisationCertificateIsRefusedNamingTheRule() {
        long id = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.IMPLEMENTING)
                .id();
        record(id, FundingEntryKind.SANCTION, FundingSource.CENTRAL, 50 * LAKH, null);
        FundingEntry first = record(id, FundingEntryKind.RELEASE, FundingSource.CENTRAL, 20 * LAKH, null);
        assertThat(first.tranche()).contains(1);

        assertThatThrownBy(() -> record(id, FundingEntryKind.RELEASE, FundingSource.CENTRAL, 20 * LAKH, null))
                .isInstanceOf(FundingRefused.class)
                .hasMessageContaining("RELEASE_NEEDS_UTILISATION_CERTIFICATE")
                .hasMessageContaining("tranche 2 needs the utilisation certificate of tranche 1");
        assertThat(ledger.account(id).total(FundingEntryKind.RELEASE)).isEqualTo(20 * LAKH);

        record(id, FundingEntryKind.UTILISATION_CERTIFICATE, FundingSource.CENTRAL, 18 * LAKH, 1);
        assertThat(record(id, FundingEntryKind.RELEASE, FundingSource.CENTRAL, 20 * LAKH, null)
                        .tranche())
                .contains(2);
        assertThatThrownBy(() -> record(id, FundingEntryKind.UTILISATION_CERTIFICATE, FundingSource.CENTRAL, LAKH, 3))
                .hasMessageStartingWith("tranche: tranche 3 has not been released");
        assertThat(audit.history("funding_entry", Long.toString(first.id()))).hasSize(1);
    }

    @Test
    void aReleaseBeyondTheSanctionIsRefusedNamingTheRule() {
        long id = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.IMPLEMENTING)
                .id();
        record(id, FundingEntryKind.SANCTION, FundingSource.CENTRAL, 10 * LAKH, null);
        assertThatThrownBy(() -> record(id, FundingEntryKind.RELEASE, FundingSource.CENTRAL, 11 * LAKH, null))
                .isInstanceOf(FundingRefused.class)
                .hasMessageContaining("RELEASE_WITHIN_SANCTION");
        assertThat(ledger.account(id).entries()).hasSize(1);
    }

    @Test
    void contributionsBySourceGiveTheLeverageRatioPerInterventionAndAcrossSchemes() {
        long id = fixture.intervention("Rajkot Diesel Engines", "NMCC_VIKAS", Stage.IMPLEMENTING)
                .id();
        record(id, FundingEntryKind.SANCTION, FundingSource.CENTRAL, 40 * LAKH, null);
        record(id, FundingEntryKind.RELEASE, FundingSource.CENTRAL, 20 * LAKH, null);
        record(id, FundingEntryKind.CONTRIBUTION, FundingSource.BENEFICIARY, 10 * LAKH, null);
        record(id, FundingEntryKind.CONTRIBUTION, FundingSource.CSR, 5 * LAKH, null);
        record(id, FundingEntryKind.CONTRIBUTION, FundingSource.FINANCIAL_INSTITUTION, 15 * LAKH, null);
        record(id, FundingEntryKind.EXPENDITURE, FundingSource.CENTRAL, 12 * LAKH, null);

        FundingAccount account = ledger.account(id);
        assertThat(account.bySource(FundingEntryKind.CONTRIBUTION))
                .containsEntry(FundingSource.BENEFICIARY, 10 * LAKH)
                .containsEntry(FundingSource.CSR, 5 * LAKH)
                .containsEntry(FundingSource.STATE, 0L);
        assertThat(account.leverageRatio()).contains(new BigDecimal("1.50"));
        assertThat(account.unaccounted()).isEqualTo(20 * LAKH);
        assertThat(ledger.acrossSchemes())
                .filteredOn(scheme -> scheme.schemeCode().equals("NMCC_VIKAS"))
                .singleElement()
                .satisfies(nsic -> {
                    assertThat(nsic.sanctioned()).isGreaterThanOrEqualTo(40 * LAKH);
                    assertThat(nsic.leverageRatio()).isPresent();
                });
    }

    @Test
    void theSameAssetFundedUnderTwoSchemesIsFlaggedOnBothLedgers() {
        long msecdp = fixture.intervention("Chanderi Handloom", "MSECDP", Stage.IMPLEMENTING)
                .id();
        long ihcdp = fixture.intervention("Chanderi Handloom", "TEXTILES_COMMITTEE", Stage.IMPLEMENTING)
                .id();
        String asset = "Dyeing unit at Pranpur " + msecdp;
        ledger.fund(msecdp, "ASSET", asset, 30 * LAKH);
        assertThat(ledger.account(msecdp).items())
                .singleElement()
                .satisfies(item -> assertThat(item.flagged()).isFalse());

        ledger.fund(ihcdp, "ASSET", "  dyeing UNIT at   Pranpur " + msecdp, 25 * LAKH);
        assertThat(ledger.account(msecdp).items())
                .singleElement()
                .satisfies(item -> assertThat(item.alsoFundedBy()).containsExactly("TEXTILES_COMMITTEE"));
        assertThat(ledger.account(ihcdp).items())
                .singleElement()
                .satisfies(item -> assertThat(item.alsoFundedBy()).containsExactly("MSECDP"));
        assertThatThrownBy(() -> ledger.fund(ihcdp, "ASSET", asset, LAKH)).hasMessageStartingWith("description:");
    }

    @Test
    void implementingNeedsASanctionRecordedInTheLedger() {
        InterventionRef rajkot = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.BUDGET_APPROVED);
        assertThat(refusals(rajkot, Stage.IMPLEMENTING))
                .containsExactly("IMPLEMENTING needs a sanction recorded in the funding ledger");
        record(rajkot.id(), FundingEntryKind.SANCTION, FundingSource.CENTRAL, 30 * LAKH, null);
        assertThat(refusals(rajkot, Stage.IMPLEMENTING)).isEmpty();
    }

    @Test
    @WithMockUser(username = GUJARAT_CDA)
    void aCdaRecordsExpenditureInItsStateButNeitherReleasesNorTouchesAnotherState() {
        long rajkot = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.IMPLEMENTING)
                .id();
        record(rajkot, FundingEntryKind.EXPENDITURE, FundingSource.CENTRAL, LAKH, null);
        assertThatThrownBy(() -> record(rajkot, FundingEntryKind.SANCTION, FundingSource.CENTRAL, LAKH, null))
                .isInstanceOf(AccessDeniedException.class);
        long chanderi = fixture.intervention("Chanderi Handloom", "MSECDP", Stage.IMPLEMENTING)
                .id();
        assertThatThrownBy(() -> ledger.account(chanderi)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCreditPlanLinksBanksAndRecordsTheBankersCommitteesReviewWithoutLosingAConcurrentChange() {
        long id = fixture.intervention("Rajkot Diesel Engines", "MSECDP", Stage.IMPLEMENTING)
                .id();
        CreditPlan plan = credit.create(id, 2027, 500 * LAKH, "Working capital and machinery");
        plan = credit.linkBank(
                id, plan.id(), plan.version(), new CreditPlan.BankCredit("SIDBI", 200 * LAKH, 150 * LAKH));
        plan = credit.linkBank(
                id, plan.id(), plan.version(), new CreditPlan.BankCredit("State Bank of India", 100 * LAKH, 0));
        plan = credit.review(id, plan.id(), plan.version(), LocalDate.of(2027, 9, 15), "Banks to double the sanctions");
        assertThat(plan.sanctioned()).isEqualTo(300 * LAKH);
        assertThat(plan.disbursed()).isEqualTo(150 * LAKH);
        assertThat(plan.gap()).isEqualTo(200 * LAKH);
        assertThat(plan.reviews())
                .singleElement()
                .satisfies(r -> assertThat(r.recordedBy()).isEqualTo("admin"));

        long planId = plan.id();
        assertThatThrownBy(() -> credit.linkBank(id, planId, 0, new CreditPlan.BankCredit("Canara Bank", LAKH, 0)))
                .hasMessageStartingWith("version:");
        assertThatThrownBy(() -> new CreditPlan.BankCredit("Canara Bank", LAKH, 2 * LAKH))
                .hasMessageStartingWith("disbursed:");
        assertThatThrownBy(() -> credit.create(id, 2027, LAKH, "again")).hasMessageStartingWith("year:");
        assertThat(audit.history("credit_plan", Long.toString(planId))).hasSize(4);
    }

    private FundingEntry record(long id, FundingEntryKind kind, FundingSource source, long amount, Integer tranche) {
        return ledger.record(
                id, new FundingEntryDraft(kind, source, amount, Optional.ofNullable(tranche), DAY, "order " + kind));
    }

    private List<String> refusals(InterventionRef intervention, Stage target) {
        return checks.stream()
                .map(check -> check.refusal(intervention, target))
                .flatMap(Optional::stream)
                .toList();
    }
}
