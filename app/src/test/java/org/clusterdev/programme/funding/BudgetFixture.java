package org.clusterdev.programme.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.SupportKind;
import org.clusterdev.programme.funding.BudgetUnderReview.Activity;
import org.clusterdev.programme.funding.BudgetUnderReview.CommonFacility;
import org.clusterdev.programme.funding.BudgetUnderReview.DurationClass;
import org.clusterdev.programme.funding.BudgetUnderReview.Line;

/** Budgets for the rule tests: a five-year plan for a traditional manufacturing cluster that passes every rule. */
final class BudgetFixture {

    static final long LAKH = 100_000;
    static final LocalDate START = LocalDate.of(2027, 4, 1);

    DurationClass durationClass = DurationClass.TRADITIONAL_MANUFACTURING;
    int years = 5;
    final List<Activity> activities = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    CommonFacility facility = CommonFacility.unknown();

    /** Soft training rising then falling, 30% from beneficiaries, with management cost. */
    static BudgetFixture passing() {
        BudgetFixture budget = new BudgetFixture();
        budget.activity(1, "Training", SupportKind.SOFT, false, START, START.plusMonths(6));
        long[] central = {6, 8, 10, 8, 6};
        for (int year = 1; year <= 5; year++) {
            budget.line(1, year, FundingSource.CENTRAL, central[year - 1] * LAKH);
            budget.line(1, year, FundingSource.BENEFICIARY, 5 * LAKH);
        }
        budget.managementLine(1, FundingSource.CENTRAL, 2 * LAKH);
        budget.managementLine(1, FundingSource.BENEFICIARY, 2 * LAKH);
        return budget;
    }

    BudgetFixture activity(int key, String title, SupportKind support, boolean research, LocalDate from, LocalDate to) {
        activities.add(new Activity(key, title, support, research, from, to));
        return this;
    }

    BudgetFixture line(int activity, int year, FundingSource source, long amount) {
        lines.add(new Line(Optional.of(activity), year, source, amount));
        return this;
    }

    BudgetFixture managementLine(int year, FundingSource source, long amount) {
        lines.add(new Line(Optional.empty(), year, source, amount));
        return this;
    }

    BudgetUnderReview build() {
        return new BudgetUnderReview(durationClass, years, activities, lines, facility);
    }

    /** The rule book as migration 1301 and 1750 store it, for the scheme given. */
    static FundingRuleBook book(String scheme, String... switchedOff) {
        Map<String, FundingRuleBook.Parameter> rules = new HashMap<>();
        put(rules, "SOFT_SUPPORT_PER_CLUSTER_YEAR_MAX", "1500000", null);
        put(rules, "PUBLIC_SUPPORT_MAX_SHARE", "70", null);
        put(rules, "RND_PUBLIC_SHARE", "90", null);
        put(rules, "SOFT_BEFORE_HARD", null, null);
        put(rules, "TAPER_RISING_YEARS", "3", null);
        put(rules, "TAPER_FALLING_YEARS", "2", null);
        put(rules, "MIN_DURATION_TRADITIONAL_MANUFACTURING", "3", null);
        put(rules, "MIN_DURATION_POVERTY_INTENSIVE", "5", null);
        put(rules, "CLUSTER_MANAGEMENT_COST_IN_FUND", null, null);
        put(rules, "CFC_SPV_MIN_MEMBERS", "20", "MSECDP");
        put(rules, "CFC_BENEFICIARY_MIN_SHARE", "10", "MSECDP");
        put(rules, "CFC_MEMBER_MAX_EQUITY_SHARE", "10", "MSECDP");
        put(rules, "CFC_LAND_MAX_SHARE", "25", "MSECDP");
        put(rules, "RELEASE_NEEDS_UTILISATION_CERTIFICATE", null, null);
        put(rules, "RELEASE_WITHIN_SANCTION", null, null);
        put(rules, "NO_DOUBLE_FUNDING", null, null);
        return new FundingRuleBook(scheme, rules, new HashSet<>(Set.of(switchedOff)));
    }

    private static void put(Map<String, FundingRuleBook.Parameter> rules, String code, String value, String scheme) {
        rules.put(
                code,
                new FundingRuleBook.Parameter(
                        code,
                        Optional.ofNullable(value).map(BigDecimal::new),
                        "source of " + code,
                        Optional.ofNullable(scheme)));
    }
}
