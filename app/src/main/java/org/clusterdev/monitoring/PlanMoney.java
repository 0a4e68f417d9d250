package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An intervention's money planned against money sanctioned, released and spent, in whole rupees.
 *
 * @param planned the budget of the activities of the plan in force
 * @param plannedToDate the part of it in the plan years begun by the day asked for
 * @param recordedCost what the implementation records say the work cost
 * @param sanctioned the sanctions in the funding ledger
 * @param released the releases in the funding ledger
 * @param spent the expenditure in the funding ledger
 */
public record PlanMoney(
        long planned, long plannedToDate, long recordedCost, long sanctioned, long released, long spent) {

    /** Spent as a percentage of released; empty before a release. */
    public Optional<BigDecimal> spentOfReleased() {
        return released == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(spent * 100).divide(BigDecimal.valueOf(released), 1, RoundingMode.HALF_UP));
    }
}
