package org.clusterdev.programme.funding;

import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;

/** Every budget rule, checked in the order a scheme officer reads them. */
public final class FundingRules {

    private static final List<FundingRule> RULES = List.of(
            new SoftSupportCeiling(),
            new PublicShareCeiling(),
            new ResearchPublicShare(),
            new SoftBeforeHard(),
            new TaperedSupport(),
            new MinimumDuration(),
            new ClusterManagementCost(),
            new CommonFacilityConditions());

    private FundingRules() {}

    /** The breaches of every rule the scheme applies, empty when the budget passes. */
    public static List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        return RULES.stream().flatMap(rule -> rule.check(budget, book).stream()).toList();
    }
}
