package org.clusterdev.monitoring;

import org.clusterdev.programme.Stage;

/**
 * One intervention's progress against plan in a list across interventions.
 *
 * @param planned the activities of its plan in force
 * @param dueByNow those whose period has ended by the day asked for
 * @param done those with an implementation record
 * @param behindSchedule those whose period has ended without a record
 */
public record ProgressSummary(
        long interventionId,
        String interventionTitle,
        String clusterName,
        int stateCode,
        String schemeCode,
        Stage stage,
        long planned,
        long dueByNow,
        long done,
        long behindSchedule,
        PlanMoney money) {}
