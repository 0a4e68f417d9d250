package org.clusterdev.programme.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.FundingRuleBreach;
import org.clusterdev.programme.SupportKind;
import org.clusterdev.programme.funding.BudgetUnderReview.Activity;

/**
 * Soft support first, hard support only thereafter: infrastructure is of little use unless trust has been built
 * among the stakeholders (seed 004 §3.8). A hard activity may start once the first soft activity has ended.
 */
public final class SoftBeforeHard implements FundingRule {

    static final String RULE = "SOFT_BEFORE_HARD";

    @Override
    public List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book) {
        if (!book.applies(RULE)) {
            return List.of();
        }
        Optional<LocalDate> firstSoftEnd = budget.activities().stream()
                .filter(a -> a.support() == SupportKind.SOFT)
                .map(Activity::endsOn)
                .min(LocalDate::compareTo);
        return budget.activities().stream()
                .filter(a -> a.support() == SupportKind.HARD)
                .filter(hard ->
                        firstSoftEnd.map(end -> hard.startsOn().isBefore(end)).orElse(true))
                .map(hard -> new FundingRuleBreach(
                        RULE,
                        firstSoftEnd
                                .map(end -> "hard activity '" + hard.title() + "' starts on " + hard.startsOn()
                                        + ", before the first soft activity ends on " + end)
                                .orElse("hard activity '" + hard.title() + "' has no soft activity before it"),
                        book.source(RULE)))
                .toList();
    }
}
