package org.clusterdev.programme;

import java.time.LocalDate;
import java.util.Map;

/**
 * An activity of the action plan version in force (the last approved one) of an intervention, with the facts
 * monitoring compares against what was done: its schedule, its cell of the seed 004 Table 2.3 matrix and its budget
 * by plan year.
 *
 * @param planVersion the number of the approved version it belongs to
 * @param key the activity's number in the plan
 * @param matrixIntervention MARKETING, PRODUCTIVITY_COMPETITIVENESS or LOCAL_ORGANISATIONS (the columns M, P, S)
 * @param matrixNature BENCHMARKING, OTHER_SOFT, INFRASTRUCTURE or VALUE_CHAIN_LINKAGE (the rows B, R, I, L)
 * @param planStartsOn the first day of plan year 1
 * @param budgetByPlanYear whole rupees of its budget lines by plan year, from 1
 */
public record PlannedActivity(
        long interventionId,
        String interventionTitle,
        long clusterId,
        int stateCode,
        String schemeCode,
        Stage stage,
        int planVersion,
        int key,
        String activityTypeCode,
        String title,
        String matrixIntervention,
        String matrixNature,
        SupportKind support,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate planStartsOn,
        Map<Integer, Long> budgetByPlanYear) {

    public PlannedActivity {
        budgetByPlanYear = Map.copyOf(budgetByPlanYear);
    }

    /** Its whole budget. */
    public long budget() {
        return budgetByPlanYear.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The budget of the plan years whose first day lies between {@code from} and {@code to}, both included. */
    public long budgetOfYearsStarting(LocalDate from, LocalDate to) {
        return budgetByPlanYear.entrySet().stream()
                .filter(year -> {
                    LocalDate first = planStartsOn.plusYears(year.getKey() - 1L);
                    return !first.isBefore(from) && !first.isAfter(to);
                })
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Whether its schedule shares at least one day with the period from {@code from} to {@code to}. */
    public boolean scheduledWithin(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }
}
