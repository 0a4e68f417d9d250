package org.clusterdev.monitoring.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.clusterdev.monitoring.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An intervention's indicators up to a quarter: baseline, target and actual of the TOTAL breakdown, flows (SUM,
 * COUNT) added up over the quarters, stocks and averages at the latest quarter with a value. Every value entered
 * counts, approved or not, as for early warnings: progress is watched as the data comes in.
 */
@Repository
public class ProgressRows {

    private final JdbcClient jdbc;

    ProgressRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One indicator's figures; a kind without values is empty. */
    public record Figures(
            String indicatorCode,
            Optional<BigDecimal> baseline,
            Optional<BigDecimal> target,
            Optional<BigDecimal> actual) {}

    /** The indicators the intervention reported on up to {@code upTo}, in the framework's order. */
    public List<Figures> figures(long interventionId, ReportingPeriod upTo) {
        return jdbc.sql("""
                        select v.indicator_code,
                               (array_agg(v.value order by v.period desc) filter (where v.kind = 'BASELINE'))[1]
                                   as baseline,
                               case when min(i.aggregation) in ('SUM', 'COUNT')
                                    then sum(v.value) filter (where v.kind = 'TARGET')
                                    else (array_agg(v.value order by v.period desc)
                                              filter (where v.kind = 'TARGET'))[1] end as target,
                               case when min(i.aggregation) in ('SUM', 'COUNT')
                                    then sum(v.value) filter (where v.kind = 'ACTUAL')
                                    else (array_agg(v.value order by v.period desc)
                                              filter (where v.kind = 'ACTUAL'))[1] end as actual
                        from monitoring.indicator_value v
                        join monitoring.indicator i on i.code = v.indicator_code
                        where v.intervention_id = ? and v.breakdown = 'TOTAL' and v.period <= ?
                        group by v.indicator_code, i.position
                        order by i.position""")
                .params(interventionId, upTo.code())
                .query((rs, n) -> new Figures(
                        rs.getString("indicator_code"),
                        Optional.ofNullable(rs.getBigDecimal("baseline")).map(BigDecimal::stripTrailingZeros),
                        Optional.ofNullable(rs.getBigDecimal("target")).map(BigDecimal::stripTrailingZeros),
                        Optional.ofNullable(rs.getBigDecimal("actual")).map(BigDecimal::stripTrailingZeros)))
                .list();
    }
}
