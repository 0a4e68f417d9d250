package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.internal.ProgressRows;
import org.clusterdev.monitoring.internal.WorkAttribution;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.LedgerTotals;
import org.clusterdev.programme.PlannedActivity;
import org.clusterdev.programme.PlansInForce;
import org.clusterdev.programme.WorkDone;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress against plan (issue 6, deliverable 4): the activities of each intervention's action plan in force,
 * planned (schedule and budget) against done (implementation records) and spent (record costs and the funding
 * ledger's expenditure), with indicators against targets. Each intervention is shown to whoever may see it.
 */
@Service
@Transactional(readOnly = true)
public class ProgressAgainstPlan {

    private final PlansInForce plans;
    private final Interventions interventions;
    private final ClusterRegistry registry;
    private final ResultsFramework framework;
    private final ProgressRows rows;

    ProgressAgainstPlan(
            PlansInForce plans,
            Interventions interventions,
            ClusterRegistry registry,
            ResultsFramework framework,
            ProgressRows rows) {
        this.plans = plans;
        this.interventions = interventions;
        this.registry = registry;
        this.framework = framework;
        this.rows = rows;
    }

    /**
     * The progress of one intervention on a day.
     *
     * @throws NoSuchElementException when there is no such intervention
     * @throws AccessDeniedException when the current user may not see it
     */
    public InterventionProgress of(long interventionId, LocalDate today) {
        Intervention intervention = interventions
                .details(interventionId)
                .orElseThrow(() -> new NoSuchElementException("no intervention " + interventionId));
        if (!interventions.maySee(intervention)) {
            throw new AccessDeniedException("You may not see this intervention.");
        }
        List<PlannedActivity> planned = plans.activities(interventionId);
        WorkAttribution.Result attributed = WorkAttribution.attribute(planned, plans.workDone(interventionId));
        List<ActivityProgress> activities = progress(attributed, today);
        ReportingPeriod upTo = ReportingPeriod.containing(today);
        List<IndicatorProgress> indicators = rows.figures(interventionId, upTo).stream()
                .flatMap(f -> framework.indicator(f.indicatorCode()).stream()
                        .map(indicator -> new IndicatorProgress(indicator, f.baseline(), f.target(), f.actual())))
                .toList();
        return new InterventionProgress(
                interventionId,
                intervention.title(),
                intervention.clusterId(),
                clusterName(intervention.clusterId()),
                intervention.schemeCode(),
                intervention.stage(),
                today,
                planned.stream().findFirst().map(PlannedActivity::planVersion),
                activities,
                attributed.unplanned(),
                money(activities, attributed.unplanned(), plans.ledger(interventionId, today), today),
                indicators);
    }

    /**
     * The progress of every intervention with a plan in force that the current user may see, those with the most
     * activities behind schedule first.
     *
     * @param schemeCode only this scheme's interventions, empty for all
     * @param stateCode only this state's interventions, empty for all
     */
    public List<ProgressSummary> across(Optional<String> schemeCode, Optional<Integer> stateCode, LocalDate today) {
        List<PlannedActivity> planned = plans.activities(schemeCode, stateCode);
        WorkAttribution.Result attributed = WorkAttribution.attribute(planned, plans.workDone(schemeCode, stateCode));
        Map<Long, List<ActivityProgress>> byIntervention = new LinkedHashMap<>();
        progress(attributed, today)
                .forEach(a -> byIntervention
                        .computeIfAbsent(a.planned().interventionId(), id -> new ArrayList<>())
                        .add(a));
        Map<Long, LedgerTotals> ledgers = new LinkedHashMap<>();
        plans.ledgers(stateCode, today).forEach(l -> ledgers.put(l.interventionId(), l));
        List<ProgressSummary> summaries = new ArrayList<>();
        for (Map.Entry<Long, List<ActivityProgress>> entry : byIntervention.entrySet()) {
            Optional<Intervention> intervention = interventions.details(entry.getKey());
            if (intervention.isEmpty() || !interventions.maySee(intervention.get())) {
                continue;
            }
            List<ActivityProgress> activities = entry.getValue();
            List<WorkDone> unplanned = attributed.unplanned().stream()
                    .filter(w -> w.interventionId() == entry.getKey())
                    .toList();
            PlannedActivity first = activities.get(0).planned();
            summaries.add(new ProgressSummary(
                    first.interventionId(),
                    first.interventionTitle(),
                    clusterName(first.clusterId()),
                    first.stateCode(),
                    first.schemeCode(),
                    first.stage(),
                    activities.size(),
                    activities.stream()
                            .filter(a -> a.planned().endsOn().isBefore(today))
                            .count(),
                    activities.stream().filter(a -> !a.done().isEmpty()).count(),
                    activities.stream()
                            .filter(a -> a.status() == ActivityProgress.Status.BEHIND_SCHEDULE)
                            .count(),
                    money(activities, unplanned, Optional.ofNullable(ledgers.get(entry.getKey())), today)));
        }
        summaries.sort(Comparator.comparingLong(ProgressSummary::behindSchedule)
                .reversed()
                .thenComparing(ProgressSummary::interventionTitle));
        return summaries;
    }

    private static List<ActivityProgress> progress(WorkAttribution.Result attributed, LocalDate today) {
        return attributed.byActivity().entrySet().stream()
                .map(e -> ActivityProgress.of(e.getKey(), e.getValue(), today))
                .toList();
    }

    private static PlanMoney money(
            List<ActivityProgress> activities,
            List<WorkDone> unplanned,
            Optional<LedgerTotals> ledger,
            LocalDate today) {
        return new PlanMoney(
                activities.stream().mapToLong(a -> a.planned().budget()).sum(),
                activities.stream()
                        .mapToLong(a -> a.planned().budgetOfYearsStarting(LocalDate.MIN, today))
                        .sum(),
                activities.stream().mapToLong(ActivityProgress::cost).sum()
                        + unplanned.stream().mapToLong(WorkDone::costRupees).sum(),
                ledger.map(LedgerTotals::sanctioned).orElse(0L),
                ledger.map(LedgerTotals::released).orElse(0L),
                ledger.map(LedgerTotals::spent).orElse(0L));
    }

    private String clusterName(long clusterId) {
        return registry.summary(clusterId).map(ClusterSummary::name).orElse("#" + clusterId);
    }
}
