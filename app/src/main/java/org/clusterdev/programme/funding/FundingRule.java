package org.clusterdev.programme.funding;

import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;

/**
 * One funding norm checked against a budget. A rule reads its numbers from the {@link FundingRuleBook} and says
 * nothing when the scheme does not apply it.
 */
public interface FundingRule {

    /** The breaches of this rule in the budget, empty when it is met or not applied to the scheme. */
    List<FundingRuleBreach> check(BudgetUnderReview budget, FundingRuleBook book);
}
