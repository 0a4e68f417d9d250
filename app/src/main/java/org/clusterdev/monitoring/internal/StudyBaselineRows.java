package org.clusterdev.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.StudyBaseline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures studies stand for and what each validation did with them: {@code monitoring.study_baseline}. */
@Repository
public class StudyBaselineRows {

    private final JdbcClient jdbc;

    StudyBaselineRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The indicator a study's figure stands for: its own code in capitals, or the one a row names. */
    public Optional<String> indicatorOf(String figure) {
        return jdbc.sql("""
                        select code from monitoring.indicator where code = upper(:figure)
                        union all
                        select indicator_code from monitoring.study_figure_indicator where figure = :figure
                        limit 1""").param("figure", figure).query(String.class).optional();
    }

    /** What the last validation did for an intervention's indicator, if a study ever gave it a figure. */
    public Optional<StudyBaseline> find(long interventionId, String indicatorCode) {
        return jdbc.sql("select * from monitoring.study_baseline where intervention_id = ? and indicator_code = ?")
                .params(interventionId, indicatorCode)
                .query(StudyBaselineRows::row)
                .optional();
    }

    /** Every indicator a study gave the intervention a figure for, in the framework's order. */
    public List<StudyBaseline> ofIntervention(long interventionId) {
        return jdbc.sql("""
                        select b.* from monitoring.study_baseline b
                        join monitoring.indicator i on i.code = b.indicator_code
                        where b.intervention_id = ? order by i.position""").param(interventionId).query(StudyBaselineRows::row).list();
    }

    /** Records what a validation did with a figure, replacing the earlier record. */
    public void save(StudyBaseline baseline) {
        jdbc.sql("""
                        insert into monitoring.study_baseline (intervention_id, indicator_code, figure, value, unit,
                               figure_year, period, outcome, kept_value, reason, validated_by, validated_at)
                        values (:intervention, :indicator, :figure, :value, :unit, :year, :period, :outcome, :kept,
                                :reason, :by, :at)
                        on conflict (intervention_id, indicator_code) do update
                        set figure = excluded.figure, value = excluded.value, unit = excluded.unit,
                            figure_year = excluded.figure_year, period = excluded.period, outcome = excluded.outcome,
                            kept_value = excluded.kept_value, reason = excluded.reason,
                            validated_by = excluded.validated_by, validated_at = excluded.validated_at""")
                .param("intervention", baseline.interventionId())
                .param("indicator", baseline.indicatorCode())
                .param("figure", baseline.figure())
                .param("value", baseline.value())
                .param("unit", baseline.unit())
                .param("year", baseline.figureYear())
                .param("period", baseline.period().code())
                .param("outcome", baseline.outcome().name())
                .param("kept", baseline.keptValue().orElse(null))
                .param("reason", baseline.reason().orElse(null))
                .param("by", baseline.validatedBy())
                .param("at", Timestamp.from(baseline.validatedAt()))
                .update();
    }

    /** A stored baseline value of the TOTAL breakdown and who entered it. */
    public record StoredBaseline(ReportingPeriod period, BigDecimal value, String enteredBy) {}

    /** The BASELINE TOTAL values the intervention holds for an indicator, in any quarter, oldest first. */
    public List<StoredBaseline> stored(long interventionId, String indicatorCode) {
        return jdbc.sql("""
                        select period, value, entered_by from monitoring.indicator_value
                        where intervention_id = ? and indicator_code = ? and kind = 'BASELINE' and breakdown = 'TOTAL'
                        order by period""")
                .params(interventionId, indicatorCode)
                .query((rs, n) -> new StoredBaseline(
                        ReportingPeriod.ofCode(rs.getInt("period")),
                        rs.getBigDecimal("value"),
                        rs.getString("entered_by")))
                .list();
    }

    private static StudyBaseline row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StudyBaseline(
                rs.getLong("intervention_id"),
                rs.getString("indicator_code"),
                rs.getString("figure"),
                rs.getBigDecimal("value").stripTrailingZeros(),
                rs.getString("unit"),
                rs.getInt("figure_year"),
                ReportingPeriod.ofCode(rs.getInt("period")),
                StudyBaseline.Outcome.valueOf(rs.getString("outcome")),
                Optional.ofNullable(rs.getBigDecimal("kept_value")).map(BigDecimal::stripTrailingZeros),
                Optional.ofNullable(rs.getString("reason")),
                rs.getString("validated_by"),
                rs.getTimestamp("validated_at").toInstant());
    }
}
