package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.WorkDone;

/**
 * Progress against plan of one intervention on a day (issue 6, deliverable 4): each activity of the action plan in
 * force planned against done and its cost, work done outside the plan, money planned against sanctioned, released
 * and spent, and indicators against their targets.
 *
 * @param planVersion the approved plan version compared; empty without an approved plan
 * @param unplanned implementation records that carry out no planned activity
 */
public record InterventionProgress(
        long interventionId,
        String interventionTitle,
        long clusterId,
        String clusterName,
        String schemeCode,
        Stage stage,
        LocalDate asOf,
        Optional<Integer> planVersion,
        List<ActivityProgress> activities,
        List<WorkDone> unplanned,
        PlanMoney money,
        List<IndicatorProgress> indicators) {

    /** How many planned activities stand in a status. */
    public long count(ActivityProgress.Status status) {
        return activities.stream().filter(a -> a.status() == status).count();
    }
}
