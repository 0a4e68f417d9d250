package org.clusterdev.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The frame of an action plan version: when it starts, how many years it runs, and the SPV's figures that the
 * MSE-CDP conditions for a common facility centre need.
 *
 * @param startsOn the first day of plan year 1
 * @param durationYears 1 to 10
 * @param spvMembers member units of the SPV, when known
 * @param largestMemberEquity the largest share of the SPV's equity one member holds, in per cent
 * @param landCost the cost of land in the common facility project, whole rupees
 */
public record PlanTerms(
        LocalDate startsOn,
        int durationYears,
        Optional<Integer> spvMembers,
        Optional<BigDecimal> largestMemberEquity,
        Optional<Long> landCost)
        implements java.io.Serializable {

    public PlanTerms {
        if (startsOn == null) {
            throw new IllegalArgumentException("startsOn: the plan needs a start date");
        }
        if (durationYears < 1 || durationYears > 10) {
            throw new IllegalArgumentException("durationYears: a plan runs 1 to 10 years, was " + durationYears);
        }
        if (spvMembers.filter(m -> m < 0).isPresent()) {
            throw new IllegalArgumentException("spvMembers: cannot be negative");
        }
        if (largestMemberEquity
                .filter(e -> e.signum() < 0 || e.compareTo(BigDecimal.valueOf(100)) > 0)
                .isPresent()) {
            throw new IllegalArgumentException("largestMemberEquity: a share lies between 0 and 100 per cent");
        }
        if (landCost.filter(c -> c < 0).isPresent()) {
            throw new IllegalArgumentException("landCost: cannot be negative");
        }
    }
}
