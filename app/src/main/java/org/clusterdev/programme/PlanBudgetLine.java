package org.clusterdev.programme;

import java.util.Objects;
import java.util.Optional;

/**
 * An amount in an action plan's budget: from one funding source, in one year of the plan, for an activity or,
 * without one, for cluster management (the implementing agency's fees, the CDA).
 *
 * @param activityKey the activity it pays for, empty for cluster management cost
 * @param year the plan year, from 1
 * @param source who pays
 * @param amount whole rupees, more than zero
 */
public record PlanBudgetLine(Optional<Integer> activityKey, int year, FundingSource source, long amount)
        implements java.io.Serializable {

    public PlanBudgetLine {
        Objects.requireNonNull(activityKey, "activityKey");
        if (source == null) {
            throw new IllegalArgumentException("source: choose who pays");
        }
        if (year < 1 || year > 10) {
            throw new IllegalArgumentException("year: a plan year lies between 1 and 10, was " + year);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: an amount is more than zero rupees, was " + amount);
        }
    }
}
