package org.clusterdev.monitoring.internal;

import java.math.BigDecimal;
import java.util.List;
import org.clusterdev.monitoring.Aggregation;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.Grouping;
import org.clusterdev.monitoring.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates values in one query over the monitoring schema: every aggregation rule is computed at once for each
 * group, indicator, kind and breakdown, and the caller picks the indicator's rule. Filters that are not wanted
 * are passed as neutral values (state 0, empty names) so the query text never changes.
 */
@Repository
public class Aggregator {

    private final JdbcClient jdbc;

    Aggregator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The values to aggregate.
     *
     * @param weightCode the weighting indicator of a weighted mean, empty for none
     * @param stateCode 0 for every state
     * @param district empty for every district
     * @param schemeCode empty for every scheme
     * @param clusterIds empty for every cluster
     */
    public record Selection(
            List<String> indicatorCodes,
            String weightCode,
            List<String> breakdowns,
            ReportingPeriod from,
            ReportingPeriod to,
            Approval approval,
            int stateCode,
            String district,
            String schemeCode,
            List<Long> clusterIds) {}

    /**
     * One aggregated cell with every rule's result.
     *
     * @param firstPeriod the earliest quarter with a value, as stored ({@code year * 10 + quarter})
     */
    public record Cell(
            String group,
            String indicator,
            String kind,
            String breakdown,
            BigDecimal sum,
            BigDecimal mean,
            BigDecimal weighted,
            BigDecimal last,
            long reporting,
            long interventions,
            int firstPeriod,
            int lastPeriod) {

        /** The result of an aggregation rule. */
        public BigDecimal value(Aggregation rule) {
            return switch (rule) {
                case SUM -> sum;
                case MEAN -> mean;
                case WEIGHTED_MEAN -> weighted;
                case LAST -> last;
                case COUNT -> BigDecimal.valueOf(reporting);
            };
        }
    }

    /** The cells of a selection grouped by {@code by}. */
    public List<Cell> aggregate(Selection selection, Grouping by) {
        return jdbc.sql("""
                        with picked as (
                            select case :by when 'STATE' then v.state_code::text
                                            when 'DISTRICT' then coalesce(v.district_name, '')
                                            when 'CLUSTER' then v.cluster_id::text
                                            when 'SCHEME' then v.scheme_code
                                            when 'INTERVENTION' then v.intervention_id::text
                                            when 'PERIOD' then v.period::text
                                            else 'ALL' end as grp,
                                   v.indicator_code, v.kind, v.breakdown, v.intervention_id, v.period, v.value,
                                   w.value as weight
                            from monitoring.indicator_value v
                            left join monitoring.indicator_value w
                                   on :weightCode <> '' and w.report_id = v.report_id
                                  and w.indicator_code = :weightCode and w.kind = v.kind
                                  and w.breakdown = v.breakdown
                            where v.indicator_code in (:codes) and v.kind in ('ACTUAL', 'TARGET')
                              and v.breakdown in (:breakdowns) and v.period between :from and :to
                              and v.approval >= :approval
                              and (:state = 0 or v.state_code = :state)
                              and (:district = '' or v.district_name = :district)
                              and (:scheme = '' or v.scheme_code = :scheme)
                              and (:allClusters or v.cluster_id in (:clusters))
                        ),
                        latest as (
                            select distinct on (grp, indicator_code, kind, breakdown, intervention_id)
                                   grp, indicator_code, kind, breakdown, value
                            from picked
                            order by grp, indicator_code, kind, breakdown, intervention_id, period desc
                        ),
                        lasts as (
                            select grp, indicator_code, kind, breakdown, sum(value) as last_sum
                            from latest group by grp, indicator_code, kind, breakdown
                        )
                        select p.grp, p.indicator_code, p.kind, p.breakdown,
                               sum(p.value) as total, avg(p.value) as mean,
                               sum(p.value * p.weight) / nullif(sum(p.weight), 0) as weighted,
                               l.last_sum,
                               count(distinct p.intervention_id) filter (where p.value > 0) as reporting,
                               count(distinct p.intervention_id) as interventions,
                               min(p.period) as first_period, max(p.period) as last_period
                        from picked p
                        join lasts l on l.grp = p.grp and l.indicator_code = p.indicator_code and l.kind = p.kind
                                    and l.breakdown = p.breakdown
                        group by p.grp, p.indicator_code, p.kind, p.breakdown, l.last_sum""")
                .param("by", by.name())
                .param("weightCode", selection.weightCode())
                .param("codes", selection.indicatorCodes())
                .param("breakdowns", selection.breakdowns())
                .param("from", selection.from().code())
                .param("to", selection.to().code())
                .param("approval", selection.approval().rank())
                .param("state", selection.stateCode())
                .param("district", selection.district())
                .param("scheme", selection.schemeCode())
                .param("allClusters", selection.clusterIds().isEmpty())
                .param("clusters", selection.clusterIds().isEmpty() ? List.of(-1L) : selection.clusterIds())
                .query((rs, n) -> new Cell(
                        rs.getString("grp"),
                        rs.getString("indicator_code"),
                        rs.getString("kind"),
                        rs.getString("breakdown"),
                        rs.getBigDecimal("total"),
                        rs.getBigDecimal("mean"),
                        rs.getBigDecimal("weighted"),
                        rs.getBigDecimal("last_sum"),
                        rs.getLong("reporting"),
                        rs.getLong("interventions"),
                        rs.getInt("first_period"),
                        rs.getInt("last_period")))
                .list();
    }

    /** The names the reports gave the clusters, interventions and schemes of the keys, for row labels. */
    public java.util.Map<String, String> labels(Grouping by, List<String> keys) {
        if (keys.isEmpty() || (by != Grouping.CLUSTER && by != Grouping.INTERVENTION)) {
            return java.util.Map.of();
        }
        List<Long> ids = keys.stream().map(Long::valueOf).toList();
        return jdbc
                .sql("""
                        select distinct on (k) k::text as k, label from (
                            select case :by when 'CLUSTER' then cluster_id else intervention_id end as k,
                                   case :by when 'CLUSTER' then cluster_name else intervention_title end as label,
                                   updated_at
                            from monitoring.report
                            where case :by when 'CLUSTER' then cluster_id else intervention_id end in (:ids)) r
                        order by k, updated_at desc""")
                .param("by", by.name())
                .param("ids", ids)
                .query((rs, n) -> java.util.Map.entry(rs.getString("k"), rs.getString("label")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    /** The clusters that have reports, by name: the choice for tables over a set of clusters. */
    public List<java.util.Map.Entry<Long, String>> reportingClusters() {
        return jdbc
                .sql("""
                        select distinct on (cluster_id) cluster_id, cluster_name from monitoring.report
                        order by cluster_id, updated_at desc""")
                .query((rs, n) -> java.util.Map.entry(rs.getLong("cluster_id"), rs.getString("cluster_name")))
                .list()
                .stream()
                .sorted(java.util.Map.Entry.comparingByValue())
                .toList();
    }
}
