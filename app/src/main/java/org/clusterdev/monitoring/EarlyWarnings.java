package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.monitoring.internal.WorkAttribution;
import org.clusterdev.programme.PlannedActivity;
import org.clusterdev.programme.PlansInForce;
import org.clusterdev.programme.Stage;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Early warning of lagging interventions (issue 6, deliverable 4). From the reports: an intervention that reported
 * before but not for the last completed quarter, and indicators whose actual is under 75% of the target (flows
 * (SUM, COUNT) compared over all quarters with a target, stocks and averages at the latest such quarter; every value
 * entered counts, approved or not: a warning should come as early as the data allows). From the action plan in
 * force and the funding ledger: planned activities whose period has ended without an implementation record of
 * them (behind schedule), and interventions that spent under 75% of the money released to them more than 90 days
 * ago (under-spent: the share after which government practice releases the next instalment, with a quarter to spend
 * a release). Interventions handed over, self-managing or closed are not warned about their plan or money.
 */
@Service
public class EarlyWarnings {

    /** The share of the target under which an indicator is behind. */
    public static final BigDecimal BEHIND_SHARE = new BigDecimal("0.75");

    /** The share of the money released under which an intervention is under-spent. */
    public static final BigDecimal UNDER_SPENT_SHARE = new BigDecimal("0.75");

    /** Days a release is given to be spent before it counts for {@link #UNDER_SPENT_SHARE}. */
    public static final int SPENDING_GRACE_DAYS = 90;

    private static final Set<Stage> PAST_PLAN = EnumSet.of(Stage.HANDED_OVER, Stage.SELF_MANAGING, Stage.CLOSED);

    private final JdbcClient jdbc;
    private final PlansInForce plans;
    private final ClusterRegistry registry;

    EarlyWarnings(JdbcClient jdbc, PlansInForce plans, ClusterRegistry registry) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.registry = registry;
    }

    /**
     * Every warning on a day: missing reports and indicators behind target as of the day's quarter, then activities
     * behind schedule and under-spent interventions.
     *
     * @param stateCode only this state's interventions, empty for all
     */
    public List<Warning> asOf(LocalDate today, Optional<Integer> stateCode) {
        List<Warning> warnings = new ArrayList<>(asOf(ReportingPeriod.containing(today), stateCode));
        warnings.addAll(behindSchedule(today, stateCode));
        warnings.addAll(underSpent(today, stateCode));
        return warnings;
    }

    /**
     * The warnings from the reports as of a quarter (reports are due once the quarter before it has ended), missing reports first.
     *
     * @param stateCode only this state's interventions, empty for all
     */
    public List<Warning> asOf(ReportingPeriod current, Optional<Integer> stateCode) {
        List<Warning> warnings = new ArrayList<>(missing(current, stateCode.orElse(0)));
        warnings.addAll(behind(current, stateCode.orElse(0)));
        return warnings;
    }

    private List<Warning> missing(ReportingPeriod current, int state) {
        return jdbc.sql("""
                        select intervention_id, max(period) as last_period,
                               (array_agg(intervention_title order by period desc))[1] as title,
                               (array_agg(cluster_name order by period desc))[1] as cluster_name,
                               (array_agg(state_code order by period desc))[1] as state_code
                        from monitoring.report
                        where (:state = 0 or state_code = :state)
                        group by intervention_id
                        having max(period) < :due
                        order by max(period), intervention_id""")
                .param("state", state)
                .param("due", current.previous().code())
                .query((rs, n) -> new Warning(
                        Warning.Kind.MISSING_REPORTS,
                        rs.getLong("intervention_id"),
                        rs.getString("title"),
                        rs.getString("cluster_name"),
                        rs.getInt("state_code"),
                        Optional.of(ReportingPeriod.ofCode(rs.getInt("last_period"))),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .list();
    }

    private List<Warning> behind(ReportingPeriod current, int state) {
        return jdbc.sql("""
                        with pairs as (
                            select t.intervention_id, t.indicator_code, t.period, t.value as target,
                                   coalesce(a.value, 0) as actual, i.aggregation
                            from monitoring.indicator_value t
                            join monitoring.indicator i on i.code = t.indicator_code
                            left join monitoring.indicator_value a
                                   on a.report_id = t.report_id and a.indicator_code = t.indicator_code
                                  and a.kind = 'ACTUAL' and a.breakdown = 'TOTAL'
                            where t.kind = 'TARGET' and t.breakdown = 'TOTAL' and t.period <= :now
                              and (:state = 0 or t.state_code = :state)
                        ),
                        judged as (
                            select intervention_id, indicator_code, max(period) as last_period,
                                   case when min(aggregation) in ('SUM', 'COUNT') then sum(target)
                                        else (array_agg(target order by period desc))[1] end as target,
                                   case when min(aggregation) in ('SUM', 'COUNT') then sum(actual)
                                        else (array_agg(actual order by period desc))[1] end as actual
                            from pairs group by intervention_id, indicator_code
                        )
                        select j.*, r.intervention_title, r.cluster_name, r.state_code
                        from judged j
                        join lateral (select intervention_title, cluster_name, state_code from monitoring.report
                                      where intervention_id = j.intervention_id order by period desc limit 1) r on true
                        where j.target > 0 and j.actual < :share * j.target
                        order by j.intervention_id, j.indicator_code""")
                .param("now", current.code())
                .param("state", state)
                .param("share", BEHIND_SHARE)
                .query((rs, n) -> new Warning(
                        Warning.Kind.BEHIND_TARGET,
                        rs.getLong("intervention_id"),
                        rs.getString("intervention_title"),
                        rs.getString("cluster_name"),
                        rs.getInt("state_code"),
                        Optional.of(ReportingPeriod.ofCode(rs.getInt("last_period"))),
                        Optional.of(rs.getString("indicator_code")),
                        Optional.of(rs.getBigDecimal("target")),
                        Optional.of(rs.getBigDecimal("actual")),
                        Optional.empty(),
                        Optional.empty()))
                .list();
    }

    /** Planned activities of plans in force whose period ended before the day without a record of them. */
    List<Warning> behindSchedule(LocalDate today, Optional<Integer> stateCode) {
        List<PlannedActivity> planned = plans.activities(Optional.empty(), stateCode).stream()
                .filter(a -> !PAST_PLAN.contains(a.stage()))
                .toList();
        WorkAttribution.Result attributed =
                WorkAttribution.attribute(planned, plans.workDone(Optional.empty(), stateCode));
        Map<Long, String> clusters = new HashMap<>();
        return attributed.byActivity().entrySet().stream()
                .filter(e -> e.getValue().isEmpty() && e.getKey().endsOn().isBefore(today))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(PlannedActivity::endsOn)
                        .thenComparingLong(PlannedActivity::interventionId))
                .map(a -> new Warning(
                        Warning.Kind.BEHIND_SCHEDULE,
                        a.interventionId(),
                        a.interventionTitle(),
                        clusters.computeIfAbsent(a.clusterId(), this::clusterName),
                        a.stateCode(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(a.title()),
                        Optional.of(a.endsOn())))
                .toList();
    }

    /** Interventions that spent under the share of what was released to them before the grace period. */
    List<Warning> underSpent(LocalDate today, Optional<Integer> stateCode) {
        return plans.ledgers(stateCode, today.minusDays(SPENDING_GRACE_DAYS)).stream()
                .filter(l -> !PAST_PLAN.contains(l.stage()) && l.releasedBefore() > 0)
                .filter(l -> BigDecimal.valueOf(l.spent())
                                .compareTo(
                                        BigDecimal.valueOf(l.releasedBefore()).multiply(UNDER_SPENT_SHARE))
                        < 0)
                .map(l -> new Warning(
                        Warning.Kind.UNDER_SPENT,
                        l.interventionId(),
                        l.interventionTitle(),
                        clusterName(l.clusterId()),
                        l.stateCode(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(BigDecimal.valueOf(l.releasedBefore())),
                        Optional.of(BigDecimal.valueOf(l.spent())),
                        Optional.empty(),
                        Optional.empty()))
                .toList();
    }

    private String clusterName(long clusterId) {
        return registry.summary(clusterId).map(ClusterSummary::name).orElse("#" + clusterId);
    }
}
