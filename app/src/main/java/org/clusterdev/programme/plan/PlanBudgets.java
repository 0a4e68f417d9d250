package org.clusterdev.programme.plan;

import java.util.List;
import org.clusterdev.programme.FundingRuleBreach;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.PlanBudgetLine;
import org.clusterdev.programme.PlanVersion;
import org.clusterdev.programme.funding.BudgetUnderReview;
import org.clusterdev.programme.funding.DurationClasses;
import org.clusterdev.programme.funding.FundingRuleRows;
import org.clusterdev.programme.funding.FundingRules;
import org.springframework.stereotype.Component;

/** Checks an action plan version's budget against the funding rules of the intervention's scheme. */
@Component
public class PlanBudgets {

    private final FundingRuleRows rules;
    private final DurationClasses durations;

    PlanBudgets(FundingRuleRows rules, DurationClasses durations) {
        this.rules = rules;
        this.durations = durations;
    }

    /** The rules the version breaks, empty when its budget passes. */
    public List<FundingRuleBreach> breaches(InterventionRef intervention, PlanVersion version) {
        return FundingRules.check(review(intervention, version), rules.book(intervention.schemeCode()));
    }

    private BudgetUnderReview review(InterventionRef intervention, PlanVersion version) {
        return new BudgetUnderReview(
                durations.of(intervention.clusterId()),
                version.terms().durationYears(),
                version.activities().stream()
                        .map(a -> new BudgetUnderReview.Activity(
                                a.key(), a.title(), a.support(), a.research(), a.startsOn(), a.endsOn()))
                        .toList(),
                version.allLines().stream().map(PlanBudgets::line).toList(),
                new BudgetUnderReview.CommonFacility(
                        version.terms().spvMembers(),
                        version.terms().largestMemberEquity(),
                        version.terms().landCost()));
    }

    private static BudgetUnderReview.Line line(PlanBudgetLine line) {
        return new BudgetUnderReview.Line(line.activityKey(), line.year(), line.source(), line.amount());
    }
}
