package org.clusterdev.programme.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterdev.programme.funding.BudgetFixture.LAKH;
import static org.clusterdev.programme.funding.BudgetFixture.START;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.programme.FundingRuleBreach;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.SupportKind;
import org.clusterdev.programme.funding.BudgetUnderReview.CommonFacility;
import org.clusterdev.programme.funding.BudgetUnderReview.DurationClass;
import org.junit.jupiter.api.Test;

/** One test per funding rule, each named by the rule it proves, plus the switch per scheme. */
class FundingRulesTests {

    static final FundingRuleBook MSECDP = BudgetFixture.book("MSECDP");
    static final FundingRuleBook SFURTI = BudgetFixture.book("SFURTI");

    @Test
    void aBalancedFiveYearSoftPlanPassesEveryRule() {
        assertThat(FundingRules.check(BudgetFixture.passing().build(), MSECDP)).isEmpty();
    }

    @Test
    void softSupportPerClusterYearMaxRefusesMoreThanFifteenLakhOfPublicSoftSupportInAYear() {
        BudgetFixture budget = BudgetFixture.passing().line(1, 3, FundingSource.STATE, 6 * LAKH);
        assertThat(rules(budget, MSECDP))
                .containsExactly("SOFT_SUPPORT_PER_CLUSTER_YEAR_MAX")
                .hasSize(1);
        assertThat(FundingRules.check(budget.build(), MSECDP).get(0).reason())
                .contains("year 3")
                .contains("Rs 16 lakh")
                .contains("Rs 15 lakh");
    }

    @Test
    void publicSupportMaxShareRefusesAPlanFundedOverSeventyPerCentByGovernment() {
        BudgetFixture budget = BudgetFixture.passing();
        budget.lines.removeIf(line -> line.source() == FundingSource.BENEFICIARY);
        budget.line(1, 1, FundingSource.CSR, 1 * LAKH);
        assertThat(rules(budget, MSECDP)).containsExactly("PUBLIC_SUPPORT_MAX_SHARE");
        assertThat(FundingRules.check(budget.build(), MSECDP).get(0).reason()).contains("97.6%");
    }

    @Test
    void rndPublicShareAllowsNinetyPerCentPublicForResearchButNotMore() {
        assertThat(rules(withResearch(45 * LAKH / 10, LAKH / 2), MSECDP)).isEmpty();
        assertThat(rules(withResearch(475 * LAKH / 100, LAKH / 4), MSECDP)).containsExactly("RND_PUBLIC_SHARE");
    }

    @Test
    void softBeforeHardRefusesACommonFacilityStartingBeforeAnySoftActivityHasEnded() {
        BudgetFixture budget = withFacility(BudgetFixture.passing(), START.plusMonths(2));
        assertThat(rules(budget, MSECDP)).containsExactly("SOFT_BEFORE_HARD");
        assertThat(rules(withFacility(BudgetFixture.passing(), START.plusMonths(6)), MSECDP))
                .isEmpty();
    }

    @Test
    void softBeforeHardRefusesHardSupportWithoutAnySoftActivity() {
        BudgetFixture budget = new BudgetFixture();
        budget.activity(7, "Common testing laboratory", SupportKind.HARD, false, START, START.plusYears(1));
        budget.line(7, 1, FundingSource.CENTRAL, 10 * LAKH);
        assertThat(new SoftBeforeHard().check(budget.build(), MSECDP))
                .singleElement()
                .satisfies(breach -> assertThat(breach.reason()).contains("no soft activity before it"));
    }

    @Test
    void taperRisingYearsRefusesPublicSupportFallingInTheFirstThreeYears() {
        BudgetFixture budget = BudgetFixture.passing().line(1, 1, FundingSource.CENTRAL, 3 * LAKH);
        assertThat(rules(budget, MSECDP)).containsExactly("TAPER_RISING_YEARS");
    }

    @Test
    void taperFallingYearsRefusesPublicSupportRisingInTheLastTwoYears() {
        BudgetFixture budget = BudgetFixture.passing().line(1, 5, FundingSource.CENTRAL, 3 * LAKH);
        assertThat(rules(budget, MSECDP)).containsExactly("TAPER_FALLING_YEARS");
    }

    @Test
    void minDurationTraditionalManufacturingRefusesATwoYearPlan() {
        BudgetFixture budget = twoYearPlan(DurationClass.TRADITIONAL_MANUFACTURING);
        assertThat(rules(budget, MSECDP)).containsExactly("MIN_DURATION_TRADITIONAL_MANUFACTURING");
    }

    @Test
    void minDurationPovertyIntensiveRefusesAFourYearPlanForAHandloomCluster() {
        BudgetFixture budget = twoYearPlan(DurationClass.POVERTY_INTENSIVE);
        budget.years = 4;
        assertThat(rules(budget, MSECDP)).containsExactly("MIN_DURATION_POVERTY_INTENSIVE");
        budget.durationClass = DurationClass.TRADITIONAL_MANUFACTURING;
        assertThat(rules(budget, MSECDP)).isEmpty();
    }

    @Test
    void clusterManagementCostInFundRefusesABudgetWithoutManagementCost() {
        BudgetFixture budget = BudgetFixture.passing();
        budget.lines.removeIf(line -> line.activityKey().isEmpty());
        assertThat(rules(budget, MSECDP)).containsExactly("CLUSTER_MANAGEMENT_COST_IN_FUND");
    }

    @Test
    void cfcSpvMinMembersRefusesAnSpvOfNineteen() {
        BudgetFixture budget = goodFacility();
        budget.facility = new CommonFacility(Optional.of(19), Optional.of(new BigDecimal("8")), Optional.of(0L));
        assertThat(rules(budget, MSECDP)).containsExactly("CFC_SPV_MIN_MEMBERS");
    }

    @Test
    void cfcBeneficiaryMinShareRefusesBeneficiariesPayingLessThanTenPerCent() {
        BudgetFixture budget = goodFacility();
        budget.lines.removeIf(
                line -> line.activityKey().equals(Optional.of(7)) && line.source() == FundingSource.BENEFICIARY);
        budget.line(7, 2, FundingSource.BENEFICIARY, 5 * LAKH)
                .line(7, 2, FundingSource.FINANCIAL_INSTITUTION, 20 * LAKH);
        assertThat(rules(budget, MSECDP)).containsExactly("CFC_BENEFICIARY_MIN_SHARE");
    }

    @Test
    void cfcMemberMaxEquityShareRefusesAMemberHoldingTwelvePerCent() {
        BudgetFixture budget = goodFacility();
        budget.facility = new CommonFacility(Optional.of(25), Optional.of(new BigDecimal("12")), Optional.of(0L));
        assertThat(rules(budget, MSECDP)).containsExactly("CFC_MEMBER_MAX_EQUITY_SHARE");
    }

    @Test
    void cfcLandMaxShareRefusesLandOverAQuarterOfTheProjectCost() {
        BudgetFixture budget = goodFacility();
        budget.facility = new CommonFacility(Optional.of(25), Optional.of(new BigDecimal("8")), Optional.of(30 * LAKH));
        assertThat(rules(budget, MSECDP)).containsExactly("CFC_LAND_MAX_SHARE");
        assertThat(FundingRules.check(budget.build(), MSECDP).get(0).reason()).contains("30%");
    }

    @Test
    void commonFacilityConditionsBelongToMsecdpAndOtherSchemesSkipThem() {
        BudgetFixture budget = goodFacility();
        budget.facility = CommonFacility.unknown();
        assertThat(rules(budget, MSECDP)).containsExactly("CFC_SPV_MIN_MEMBERS", "CFC_MEMBER_MAX_EQUITY_SHARE");
        assertThat(rules(budget, SFURTI)).isEmpty();
    }

    @Test
    void aSchemeSwitchesARuleOffAndItIsNoLongerChecked() {
        BudgetFixture budget = BudgetFixture.passing();
        budget.lines.removeIf(line -> line.activityKey().isEmpty());
        assertThat(rules(budget, BudgetFixture.book("MSECDP", "CLUSTER_MANAGEMENT_COST_IN_FUND")))
                .isEmpty();
    }

    @Test
    void releaseNeedsUtilisationCertificateOfThePreviousTranche() {
        assertThat(TrancheRelease.check(1, 10 * LAKH, Set.of(), 50 * LAKH, 0, MSECDP))
                .isEmpty();
        List<FundingRuleBreach> second = TrancheRelease.check(2, 10 * LAKH, Set.of(), 50 * LAKH, 10 * LAKH, MSECDP);
        assertThat(second).extracting(FundingRuleBreach::rule).containsExactly("RELEASE_NEEDS_UTILISATION_CERTIFICATE");
        assertThat(second.get(0).reason()).contains("tranche 2").contains("tranche 1");
        assertThat(TrancheRelease.check(2, 10 * LAKH, Set.of(1), 50 * LAKH, 10 * LAKH, MSECDP))
                .isEmpty();
    }

    @Test
    void releaseWithinSanctionRefusesReleasingMoreThanWasSanctioned() {
        assertThat(TrancheRelease.check(1, 60 * LAKH, Set.of(), 50 * LAKH, 0, MSECDP))
                .extracting(FundingRuleBreach::rule)
                .containsExactly("RELEASE_WITHIN_SANCTION");
    }

    @Test
    void noDoubleFundingFlagsTheSameAssetFundedByTwoSchemesButNotByTwoInterventionsOfOne() {
        List<DoubleFunding.Flag> flags = DoubleFunding.flags(List.of(
                new DoubleFunding.Item(1, "MSECDP", "ASSET", "Common Testing  Laboratory"),
                new DoubleFunding.Item(2, "SFURTI", "ASSET", "common testing laboratory "),
                new DoubleFunding.Item(3, "MSECDP", "BENEFICIARY", "Weavers SHG 4"),
                new DoubleFunding.Item(4, "MSECDP", "BENEFICIARY", "weavers shg 4")));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("NO_DOUBLE_FUNDING");
            assertThat(flag.key()).isEqualTo("common testing laboratory");
            assertThat(flag.schemes()).containsExactly("MSECDP", "SFURTI");
            assertThat(flag.interventions()).containsExactly(1L, 2L);
        });
    }

    /** The passing plan plus an R&D activity in year 3 paid by government and stakeholders. */
    private static BudgetFixture withResearch(long publicPart, long stakeholderPart) {
        return BudgetFixture.passing()
                .activity(2, "Light engine R&D", SupportKind.SOFT, true, START, START.plusYears(1))
                .line(2, 3, FundingSource.CENTRAL, publicPart)
                .line(2, 3, FundingSource.BENEFICIARY, stakeholderPart);
    }

    private static BudgetFixture twoYearPlan(DurationClass durationClass) {
        BudgetFixture budget = new BudgetFixture();
        budget.durationClass = durationClass;
        budget.years = 2;
        budget.activity(1, "Training", SupportKind.SOFT, false, START, START.plusMonths(6));
        budget.line(1, 1, FundingSource.CENTRAL, 5 * LAKH).line(1, 1, FundingSource.BENEFICIARY, 5 * LAKH);
        budget.managementLine(1, FundingSource.STATE, LAKH).managementLine(1, FundingSource.BENEFICIARY, LAKH);
        return budget;
    }

    /** The passing plan plus a common facility centre of Rs 100 lakh meeting every MSE-CDP condition. */
    private static BudgetFixture goodFacility() {
        BudgetFixture budget = withFacility(BudgetFixture.passing(), START.plusYears(1));
        budget.facility = new CommonFacility(Optional.of(25), Optional.of(new BigDecimal("8")), Optional.of(20 * LAKH));
        return budget;
    }

    private static BudgetFixture withFacility(BudgetFixture budget, java.time.LocalDate from) {
        // 70 public + 30 beneficiary in year 2, then the taper still holds since year 3 gets as much
        budget.activity(7, "Common facility centre", SupportKind.HARD, false, from, from.plusYears(1));
        budget.line(7, 2, FundingSource.CENTRAL, 35 * LAKH).line(7, 2, FundingSource.BENEFICIARY, 30 * LAKH);
        budget.line(7, 3, FundingSource.CENTRAL, 35 * LAKH);
        budget.facility = new CommonFacility(Optional.of(25), Optional.of(new BigDecimal("8")), Optional.of(0L));
        return budget;
    }

    private static List<String> rules(BudgetFixture budget, FundingRuleBook book) {
        return FundingRules.check(budget.build(), book).stream()
                .map(FundingRuleBreach::rule)
                .toList();
    }
}
