package org.clusterdev.programme.funding;

import java.math.BigDecimal;
import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;

/**
 * Public support at most 70 per cent overall, the rest from the cluster's stakeholders and others (seed 004
 * §3.8). R&amp;D activities have their own, higher ceiling ({@link ResearchPublicShare}) and are left out here.
 */
public final class PublicShareCeiling implements FundingRule {

    static final String RULE = "PUBLIC_SUPPORT_MAX_SHARE";

    @Override
    public List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        if (!book.applies(RULE)) {
            return List.of();
        }
        long total = budget.sum(line -> !budget.isResearch(line));
        long publicPart =
                budget.sum(line -> !budget.isResearch(line) && line.source().isPublic());
        BigDecimal share = Amounts.percent(publicPart, total);
        BigDecimal ceiling = book.value(RULE);
        if (share.compareTo(ceiling) <= 0) {
            return List.of();
        }
        return List.of(new FundingRuleBreach(
                RULE,
                "public support is " + Amounts.percentText(share) + " of " + Amounts.lakh(total) + ", above "
                        + Amounts.percentText(ceiling),
                book.source(RULE)));
    }
}
