package org.clusterdev.programme.funding;

import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;

/**
 * Support lasts at least 3 years in a traditional manufacturing cluster and 5 in a poverty-intensive (micro
 * enterprise) cluster (seed 004 Exec summary 7); shorter support was found highly inadequate (004 §2.1).
 */
public final class MinimumDuration implements FundingRule {

    static final String TRADITIONAL = "MIN_DURATION_TRADITIONAL_MANUFACTURING";
    static final String POVERTY_INTENSIVE = "MIN_DURATION_POVERTY_INTENSIVE";

    @Override
    public List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        String rule = switch (budget.durationClass()) {
            case TRADITIONAL_MANUFACTURING -> TRADITIONAL;
            case POVERTY_INTENSIVE -> POVERTY_INTENSIVE;
            case NONE -> null;
        };
        if (rule == null || !book.applies(rule)) {
            return List.of();
        }
        int minimum = book.value(rule).intValueExact();
        if (budget.durationYears() >= minimum) {
            return List.of();
        }
        return List.of(new FundingRuleBreach(
                rule,
                "the plan runs " + budget.durationYears() + " years; a "
                        + budget.durationClass().name().toLowerCase().replace('_', ' ') + " cluster needs at least "
                        + minimum,
                book.source(rule)));
    }
}
