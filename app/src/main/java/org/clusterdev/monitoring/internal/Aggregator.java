package org.clusterdev.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.clusterdev.monitoring.Aggregation;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.Grouping;
import org.clusterdev.monitoring.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates values in one query over the monitoring schema: every aggregation rule is computed at once for each
 * group, indicator, kind and breakdown, and the caller picks the indicator's rule. Values are first summed per
 * intervention in one hashed pass (keeping each intervention's latest value for {@code LAST}), so no step sorts
 * the rows. Filters that are not wanted
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
     * @param weightCode the weighting indicator of the indicator's weighted mean as the results framework defines
     *     it (the yearly sums are weighted by that one), empty for none
     * @param stateCode 0 for every state
     * @param district empty for every district
     * @param schemeCode empty for every scheme
     * @param clusterIds empty for every cluster
     * @param lastRule whether the latest value of each intervention is wanted (it costs an array per value)
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
            List<Long> clusterIds,
            boolean lastRule) {}

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
            long count,
            BigDecimal weightedSum,
            BigDecimal weights,
            BigDecimal last,
            long reporting,
            long interventions,
            int firstPeriod,
            int lastPeriod) {

        /** This cell and another of the same kind and breakdown together, for totals over disjoint groups. */
        public Cell plus(Cell other) {
            return new Cell(
                    group,
                    indicator,
                    kind,
                    breakdown,
                    sum.add(other.sum),
                    count + other.count,
                    add(weightedSum, other.weightedSum),
                    add(weights, other.weights),
                    add(last, other.last),
                    reporting + other.reporting,
                    interventions + other.interventions,
                    Math.min(firstPeriod, other.firstPeriod),
                    Math.max(lastPeriod, other.lastPeriod));
        }

        private static BigDecimal add(BigDecimal a, BigDecimal b) {
            return a == null ? b : b == null ? a : a.add(b);
        }

        /** The result of an aggregation rule. */
        public BigDecimal value(Aggregation rule) {
            return switch (rule) {
                case SUM -> sum;
                case MEAN -> count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP);
                case WEIGHTED_MEAN ->
                    weights == null || weights.signum() == 0
                            ? null
                            : weightedSum.divide(weights, 6, RoundingMode.HALF_UP);
                case LAST -> last;
                case COUNT -> BigDecimal.valueOf(reporting);
            };
        }
    }

    /**
     * The cells of a selection grouped by {@code by}. The whole calendar years inside the range are read from the
     * yearly sums kept beside the values ({@code monitoring.indicator_value_year}), the quarters before and after
     * them from the values themselves; grouped by quarter, everything comes from the values.
     */
    public List<Cell> aggregate(Selection selection, Grouping by) {
        YearSplit split = by == Grouping.PERIOD
                ? YearSplit.none(selection.from(), selection.to())
                : YearSplit.of(selection.from(), selection.to());
        return jdbc.sql("""
                        with source as (
                            select y.intervention_id, y.indicator_code, y.kind, y.breakdown, y.state_code,
                                   y.district_name, y.cluster_id, y.scheme_code, 0 as period, y.total, y.n,
                                   case when :weightCode <> '' then y.weighted_total end as weighted_total,
                                   case when :weightCode <> '' then y.weights end as weights,
                                   y.positive, y.first_period, y.last_period, y.last_value
                            from monitoring.indicator_value_year y
                            where y.indicator_code in (:codes) and y.kind in ('ACTUAL', 'TARGET')
                              and y.breakdown in (:breakdowns) and y.year between :fullFrom and :fullTo
                              and y.approval >= :approval
                              and (:state = 0 or y.state_code = :state)
                              and (:district = '' or y.district_name = :district)
                              and (:scheme = '' or y.scheme_code = :scheme)
                              and (:allClusters or y.cluster_id in (:clusters))
                            union all
                            select v.intervention_id, v.indicator_code, v.kind, v.breakdown, v.state_code,
                                   v.district_name, v.cluster_id, v.scheme_code, v.period, v.value, 1,
                                   v.value * w.value, w.value, v.value > 0, v.period, v.period, v.value
                            from monitoring.indicator_value v
                            left join monitoring.indicator_value w
                                   on :weightCode <> '' and w.report_id = v.report_id
                                  and w.indicator_code = :weightCode and w.kind = v.kind
                                  and w.breakdown = v.breakdown
                            where v.indicator_code in (:codes) and v.kind in ('ACTUAL', 'TARGET')
                              and v.breakdown in (:breakdowns)
                              and (v.period between :headFrom and :headTo or v.period between :tailFrom and :tailTo)
                              and v.approval >= :approval
                              and (:state = 0 or v.state_code = :state)
                              and (:district = '' or v.district_name = :district)
                              and (:scheme = '' or v.scheme_code = :scheme)
                              and (:allClusters or v.cluster_id in (:clusters))
                        ), per_intervention as (
                            select case :by when 'STATE' then s.state_code::text
                                            when 'DISTRICT' then coalesce(s.district_name, '')
                                            when 'CLUSTER' then s.cluster_id::text
                                            when 'SCHEME' then s.scheme_code
                                            when 'INTERVENTION' then s.intervention_id::text
                                            when 'PERIOD' then s.period::text
                                            else 'ALL' end as grp,
                                   s.indicator_code, s.kind, s.breakdown, s.intervention_id,
                                   sum(s.total) as total, sum(s.n) as n,
                                   sum(s.weighted_total) as weighted_total, sum(s.weights) as weights,
                                   (max(case when :lastRule then array[s.last_period::numeric, s.last_value] end))[2]
                                       as last_value,
                                   bool_or(s.positive) as positive,
                                   min(s.first_period) as first_period, max(s.last_period) as last_period
                            from source s
                            group by 1, 2, 3, 4, 5
                        )
                        select grp, indicator_code, kind, breakdown,
                               sum(total) as total, sum(n) as n, sum(weighted_total) as weighted_total,
                               sum(weights) as weights, sum(last_value) as last_sum,
                               count(*) filter (where positive) as reporting,
                               count(*) as interventions,
                               min(first_period) as first_period, max(last_period) as last_period
                        from per_intervention
                        group by grp, indicator_code, kind, breakdown""")
                .param("by", by.name())
                .param("lastRule", selection.lastRule())
                .param("weightCode", selection.weightCode())
                .param("codes", selection.indicatorCodes())
                .param("breakdowns", selection.breakdowns())
                .param("fullFrom", split.fullFrom())
                .param("fullTo", split.fullTo())
                .param("headFrom", split.headFrom())
                .param("headTo", split.headTo())
                .param("tailFrom", split.tailFrom())
                .param("tailTo", split.tailTo())
                .param("approval", selection.approval().rank())
                .param("state", selection.stateCode())
                .param("district", selection.district())
                .param("scheme", selection.schemeCode())
                .param("allClusters", selection.clusterIds().isEmpty())
                .param("clusters", selection.clusterIds().isEmpty() ? List.of(-1L) : selection.clusterIds())
                .query((rs, n) -> cell(rs))
                .list();
    }

    /**
     * The cells of a selection by quarter. An intervention has one value per quarter, kind and breakdown, so a
     * quarter's latest value is its value and the quarter needs no step per intervention.
     */
    public List<Cell> byPeriod(Selection selection) {
        return jdbc.sql("""
                        select v.period::text as grp, v.indicator_code, v.kind, v.breakdown,
                               sum(v.value) as total, count(*) as n, sum(v.value * w.value) as weighted_total,
                               sum(w.value) as weights, sum(v.value) as last_sum,
                               count(*) filter (where v.value > 0) as reporting, count(*) as interventions,
                               min(v.period) as first_period, max(v.period) as last_period
                        from monitoring.indicator_value v
                        left join monitoring.indicator_value w
                               on :weightCode <> '' and w.report_id = v.report_id
                              and w.indicator_code = :weightCode and w.kind = v.kind and w.breakdown = v.breakdown
                        where v.indicator_code in (:codes) and v.kind in ('ACTUAL', 'TARGET')
                          and v.breakdown in (:breakdowns) and v.period between :from and :to
                          and v.approval >= :approval
                          and (:state = 0 or v.state_code = :state)
                          and (:district = '' or v.district_name = :district)
                          and (:scheme = '' or v.scheme_code = :scheme)
                          and (:allClusters or v.cluster_id in (:clusters))
                        group by v.period, v.indicator_code, v.kind, v.breakdown""")
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
                .query((rs, n) -> cell(rs))
                .list();
    }

    private static Cell cell(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Cell(
                rs.getString("grp"),
                rs.getString("indicator_code"),
                rs.getString("kind"),
                rs.getString("breakdown"),
                rs.getBigDecimal("total"),
                rs.getLong("n"),
                rs.getBigDecimal("weighted_total"),
                rs.getBigDecimal("weights"),
                rs.getBigDecimal("last_sum"),
                rs.getLong("reporting"),
                rs.getLong("interventions"),
                rs.getInt("first_period"),
                rs.getInt("last_period"));
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

    /**
     * The cluster each intervention reported for, keyed by intervention id; an intervention reports for one
     * cluster, so its latest report says which.
     */
    public java.util.Map<Long, Long> clustersOf(List<Long> interventionIds) {
        if (interventionIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc
                .sql("""
                        select distinct on (intervention_id) intervention_id, cluster_id from monitoring.report
                        where intervention_id in (:ids)
                        order by intervention_id, updated_at desc""")
                .param("ids", interventionIds)
                .query((rs, n) -> java.util.Map.entry(rs.getLong("intervention_id"), rs.getLong("cluster_id")))
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
