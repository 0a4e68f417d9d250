package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.internal.PlanInForceRows;
import org.clusterdev.programme.internal.PlanInForceRows.Filter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plans in force (the last approved version of each plan) with what was done and spent against them,
 * for monitoring's progress views, the scheme view of seed 004 Table 2.4 and early warnings. It reads without a
 * user's scope: the caller decides who sees what.
 */
@Service
@Transactional(readOnly = true)
public class PlansInForce {

    private final PlanInForceRows rows;

    PlansInForce(PlanInForceRows rows) {
        this.rows = rows;
    }

    /**
     * The activities of the plans in force, by intervention and start.
     *
     * @param schemeCode only interventions of this scheme, empty for all
     * @param stateCode only interventions in this state, empty for all
     */
    public List<PlannedActivity> activities(Optional<String> schemeCode, Optional<Integer> stateCode) {
        return rows.activities(filter(schemeCode, stateCode, 0));
    }

    /** The activities of one intervention's plan in force, by start; empty without an approved plan. */
    public List<PlannedActivity> activities(long interventionId) {
        return rows.activities(filter(Optional.empty(), Optional.empty(), interventionId));
    }

    /** The implementation records of the interventions that have a plan in force, narrowed as by {@link #activities}. */
    public List<WorkDone> workDone(Optional<String> schemeCode, Optional<Integer> stateCode) {
        return rows.workDone(filter(schemeCode, stateCode, 0));
    }

    /** The implementation records of one intervention with a plan in force, by start. */
    public List<WorkDone> workDone(long interventionId) {
        return rows.workDone(filter(Optional.empty(), Optional.empty(), interventionId));
    }

    /**
     * The ledger sums of every intervention with a ledger entry.
     *
     * @param releasedBefore the day before which releases count in {@link LedgerTotals#releasedBefore()}
     */
    public List<LedgerTotals> ledgers(Optional<Integer> stateCode, LocalDate releasedBefore) {
        return rows.ledgers(filter(Optional.empty(), stateCode, 0), releasedBefore);
    }

    /** The ledger sums of one intervention; empty before its first ledger entry. */
    public Optional<LedgerTotals> ledger(long interventionId, LocalDate releasedBefore) {
        return rows.ledgers(filter(Optional.empty(), Optional.empty(), interventionId), releasedBefore).stream()
                .findFirst();
    }

    private static Filter filter(Optional<String> schemeCode, Optional<Integer> stateCode, long interventionId) {
        return new Filter(schemeCode.orElse(""), stateCode.orElse(0), interventionId);
    }
}
