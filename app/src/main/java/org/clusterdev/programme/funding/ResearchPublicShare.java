package org.clusterdev.programme.funding;

import java.math.BigDecimal;
import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;

/**
 * R&amp;D carries risk: government bears up to 90 per cent of its cost and the cluster's stakeholders at least 10,
 * to keep them involved (seed 004 §3.8).
 */
public final class ResearchPublicShare implements FundingRule {

    static final String RULE = "RND_PUBLIC_SHARE";

    @Override
    public List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        if (!book.applies(RULE)) {
            return List.of();
        }
        long total = budget.sum(budget::isResearch);
        long publicPart =
                budget.sum(line -> budget.isResearch(line) && line.source().isPublic());
        BigDecimal share = Amounts.percent(publicPart, total);
        BigDecimal ceiling = book.value(RULE);
        if (share.compareTo(ceiling) <= 0) {
            return List.of();
        }
        return List.of(new FundingRuleBreach(
                RULE,
                "public support of R&D is " + Amounts.percentText(share) + " of " + Amounts.lakh(total) + ", above "
                        + Amounts.percentText(ceiling) + "; stakeholders bear the rest",
                book.source(RULE)));
    }
}
