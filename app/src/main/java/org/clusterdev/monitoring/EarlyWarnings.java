package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Progress against plan and early warning (issue 6, deliverable 4), from the reports themselves: an intervention
 * that reported before but not for the last completed quarter, and indicators whose actual is under 75% of the
 * target. Flows (SUM, COUNT) are compared over all quarters with a target, stocks and averages at the latest such
 * quarter. Every value entered counts, approved or not: a warning should come as early as the data allows.
 */
@Service
public class EarlyWarnings {

    /** The share of the target under which an indicator is behind. */
    public static final BigDecimal BEHIND_SHARE = new BigDecimal("0.75");

    private final JdbcClient jdbc;

    EarlyWarnings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The warnings as of a quarter (reports are due once the quarter before it has ended), missing reports first.
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
                        ReportingPeriod.ofCode(rs.getInt("last_period")),
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
                        ReportingPeriod.ofCode(rs.getInt("last_period")),
                        Optional.of(rs.getString("indicator_code")),
                        Optional.of(rs.getBigDecimal("target")),
                        Optional.of(rs.getBigDecimal("actual"))))
                .list();
    }
}
