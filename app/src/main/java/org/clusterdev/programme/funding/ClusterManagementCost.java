package org.clusterdev.programme.funding;

import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;

/**
 * Cluster management cost (the implementing agency's fees, the CDA, the resource organisation) is an integral
 * part of the cluster development fund (seed 004 §3.8): a budget without it is incomplete.
 */
public final class ClusterManagementCost implements FundingRule {

    static final String RULE = "CLUSTER_MANAGEMENT_COST_IN_FUND";

    @Override
    public List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        if (!book.applies(RULE) || budget.sum(line -> line.activityKey().isEmpty()) > 0) {
            return List.of();
        }
        return List.of(new FundingRuleBreach(
                RULE,
                "the budget has no line for cluster management cost (IA fees, CDA); it is part of the fund",
                book.source(RULE)));
    }
}
