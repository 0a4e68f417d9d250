package org.clusterdev.programme.funding;

import java.util.ArrayList;
import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;
import org.clusterdev.programme.SupportKind;

/**
 * Soft support of about Rs 10-15 lakh per cluster per year (seed 004 Exec summary 6, §4.3.1): the public money
 * for soft activities in any one year stays at or below the upper end. Cluster management cost comes on top, as
 * the seed says ("plus programme management costs"), so it is not counted.
 */
public final class SoftSupportCeiling implements FundingRule {

    static final String RULE = "SOFT_SUPPORT_PER_CLUSTER_YEAR_MAX";

    @Override
    public List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        if (!book.applies(RULE)) {
            return List.of();
        }
        long ceiling = book.value(RULE).longValueExact();
        List<FundingRuleBreach> breaches = new ArrayList<>();
        for (int year = 1; year <= budget.durationYears(); year++) {
            int y = year;
            long soft = budget.sum(
                    line -> line.year() == y && line.source().isPublic() && budget.isOf(line, SupportKind.SOFT));
            if (soft > ceiling) {
                breaches.add(new FundingRuleBreach(
                        RULE,
                        "public soft support in year " + year + " is " + Amounts.lakh(soft) + ", above "
                                + Amounts.lakh(ceiling) + " per cluster per year",
                        book.source(RULE)));
            }
        }
        return breaches;
    }
}
