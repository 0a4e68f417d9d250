package org.clusterdev.programme.funding;

import java.util.ArrayList;
import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;

/**
 * Tapered support in a five-year programme: public support rises during the first 3 years and falls during the
 * next 2 (seed 004 §3.8), so that the cluster takes over. Plans of another length are not tapered by this rule.
 */
public final class TaperedSupport implements FundingRule {

    static final String RISING = "TAPER_RISING_YEARS";
    static final String FALLING = "TAPER_FALLING_YEARS";

    @Override
    public List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        if (!book.applies(RISING) && !book.applies(FALLING)) {
            return List.of();
        }
        int rising = book.value(RISING).intValueExact();
        int falling = book.value(FALLING).intValueExact();
        if (budget.durationYears() != rising + falling) {
            return List.of();
        }
        long[] perYear = new long[budget.durationYears() + 1];
        budget.lines().stream()
                .filter(line -> line.source().isPublic() && line.year() <= budget.durationYears())
                .forEach(line -> perYear[line.year()] += line.amount());
        List<FundingRuleBreach> breaches = new ArrayList<>();
        for (int year = 2; year <= budget.durationYears(); year++) {
            boolean risingPart = year <= rising;
            String rule = risingPart ? RISING : FALLING;
            boolean wrong = risingPart ? perYear[year] < perYear[year - 1] : perYear[year] > perYear[year - 1];
            if (wrong && book.applies(rule)) {
                breaches.add(new FundingRuleBreach(
                        rule,
                        "public support " + (risingPart ? "falls" : "rises") + " from "
                                + Amounts.lakh(perYear[year - 1])
                                + " in year " + (year - 1) + " to " + Amounts.lakh(perYear[year]) + " in year " + year
                                + "; it should rise for " + rising + " years and fall for " + falling,
                        book.source(rule)));
            }
        }
        return breaches;
    }
}
