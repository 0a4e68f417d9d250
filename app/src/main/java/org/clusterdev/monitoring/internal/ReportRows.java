package org.clusterdev.monitoring.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.HistoryEntry;
import org.clusterdev.monitoring.ReportView;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.ValueKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports, their values and their history in the monitoring schema. */
@Repository
public class ReportRows {

    private final JdbcClient jdbc;

    ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys a report copies from the programme and the registry when it is opened. */
    public record ReportKeys(
            long interventionId,
            long clusterId,
            String clusterName,
            Optional<String> districtName,
            int stateCode,
            String schemeCode,
            String interventionTitle) {}

    /** The report of an intervention for a quarter, if one was opened. */
    public Optional<ReportView> find(long interventionId, ReportingPeriod period) {
        return jdbc.sql("select id from monitoring.report where intervention_id = ? and period = ?")
                .params(interventionId, period.code())
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** The report with this id. */
    public Optional<ReportView> find(long id) {
        return jdbc.sql("""
                        select id, intervention_id, year, quarter, cluster_id, cluster_name, district_name, state_code,
                               scheme_code, intervention_title, approval, version
                        from monitoring.report where id = ?""")
                .param(id)
                .query((rs, n) -> new ReportView(
                        rs.getLong("id"),
                        rs.getLong("intervention_id"),
                        new ReportingPeriod(rs.getInt("year"), rs.getInt("quarter")),
                        rs.getLong("cluster_id"),
                        rs.getString("cluster_name"),
                        Optional.ofNullable(rs.getString("district_name")).orElse(""),
                        rs.getInt("state_code"),
                        rs.getString("scheme_code"),
                        rs.getString("intervention_title"),
                        Approval.ofRank(rs.getInt("approval")),
                        rs.getInt("version"),
                        values(rs.getLong("id"))))
                .optional();
    }

    /** The reports of an intervention, newest quarter first, without their values. */
    public List<ReportView> ofIntervention(long interventionId) {
        return jdbc
                .sql("select id from monitoring.report where intervention_id = ? order by period desc")
                .param(interventionId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** The most recently changed reports, without their values. */
    public List<ReportView> recent(int limit) {
        return jdbc
                .sql("select id from monitoring.report order by updated_at desc, id desc limit ?")
                .param(limit)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** Opens the report of a quarter and returns its id. */
    public long open(ReportKeys keys, ReportingPeriod period) {
        return jdbc.sql("""
                        insert into monitoring.report (intervention_id, year, quarter, cluster_id, cluster_name,
                               district_name, state_code, scheme_code, intervention_title)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        keys.interventionId(),
                        period.year(),
                        period.quarter(),
                        keys.clusterId(),
                        keys.clusterName(),
                        keys.districtName().orElse(null),
                        keys.stateCode(),
                        keys.schemeCode(),
                        keys.interventionTitle())
                .query(Long.class)
                .single();
    }

    /** Enters or replaces a value, copying the report's keys onto it. */
    public void save(
            long reportId,
            String indicator,
            ValueKind kind,
            String breakdown,
            BigDecimal value,
            boolean outlierConfirmed,
            String actor) {
        jdbc.sql("""
                        insert into monitoring.indicator_value (report_id, indicator_code, kind, breakdown, value,
                               outlier_confirmed, intervention_id, period, approval, cluster_id, district_name,
                               state_code, scheme_code, entered_by)
                        select r.id, :indicator, :kind, :breakdown, :value, :confirmed, r.intervention_id, r.period,
                               r.approval, r.cluster_id, r.district_name, r.state_code, r.scheme_code, :actor
                        from monitoring.report r where r.id = :report
                        on conflict (report_id, indicator_code, kind, breakdown) do update
                        set value = excluded.value, outlier_confirmed = excluded.outlier_confirmed,
                            entered_by = excluded.entered_by, entered_at = now()""")
                .param("indicator", indicator)
                .param("kind", kind.name())
                .param("breakdown", breakdown)
                .param("value", value)
                .param("confirmed", outlierConfirmed)
                .param("actor", actor)
                .param("report", reportId)
                .update();
        touch(reportId);
    }

    /** Removes a value; whether there was one. */
    public boolean remove(long reportId, String indicator, ValueKind kind, String breakdown) {
        boolean removed = jdbc.sql("""
                        delete from monitoring.indicator_value
                        where report_id = ? and indicator_code = ? and kind = ? and breakdown = ?""")
                        .params(reportId, indicator, kind.name(), breakdown)
                        .update()
                > 0;
        touch(reportId);
        return removed;
    }

    /** Moves a report and its values to an approval state, provided its version is still the one given. */
    public boolean setApproval(long reportId, int expectedVersion, Approval approval) {
        int changed =
                jdbc.sql("""
                        update monitoring.report set approval = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""").params(approval.rank(), reportId, expectedVersion).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("update monitoring.indicator_value set approval = ? where report_id = ?")
                .params(approval.rank(), reportId)
                .update();
        return true;
    }

    /** Adds a step to the report's history. */
    public void recordHistory(
            long reportId,
            Optional<ReportView.Value> value,
            String action,
            Approval approval,
            Optional<String> note,
            String actor) {
        jdbc.sql("""
                        insert into monitoring.value_history (report_id, indicator_code, kind, breakdown, value, action,
                               approval, note, actor)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        reportId,
                        value.map(ReportView.Value::indicatorCode).orElse(null),
                        value.map(v -> v.kind().name()).orElse(null),
                        value.map(ReportView.Value::breakdown).orElse(null),
                        value.map(ReportView.Value::value).orElse(null),
                        action,
                        approval.rank(),
                        note.orElse(null),
                        actor)
                .update();
    }

    /** The history of a report, oldest first. */
    public List<HistoryEntry> history(long reportId) {
        return jdbc.sql("""
                        select indicator_code, kind, breakdown, value, action, approval, note, actor, at
                        from monitoring.value_history where report_id = ? order by at, id""")
                .param(reportId)
                .query((rs, n) -> new HistoryEntry(
                        Optional.ofNullable(rs.getString("indicator_code")).orElse(""),
                        Optional.ofNullable(rs.getString("kind")).orElse(""),
                        Optional.ofNullable(rs.getString("breakdown")).orElse(""),
                        rs.getBigDecimal("value"),
                        rs.getString("action"),
                        Approval.ofRank(rs.getInt("approval")),
                        rs.getString("note"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /**
     * The actual TOTAL values of an indicator an intervention reported before a quarter, oldest first: the
     * history an outlier is judged against.
     */
    public List<BigDecimal> earlierActuals(
            long interventionId, String indicator, String breakdown, ReportingPeriod before) {
        return jdbc.sql("""
                        select value from monitoring.indicator_value
                        where intervention_id = ? and indicator_code = ? and kind = 'ACTUAL' and breakdown = ?
                          and period < ?
                        order by period""")
                .params(interventionId, indicator, breakdown, before.code())
                .query(BigDecimal.class)
                .list();
    }

    private List<ReportView.Value> values(long reportId) {
        return jdbc.sql("""
                        select v.indicator_code, v.kind, v.breakdown, v.value, v.outlier_confirmed, v.entered_by,
                               v.entered_at
                        from monitoring.indicator_value v
                        join monitoring.indicator i on i.code = v.indicator_code
                        where v.report_id = ? order by i.position, v.kind, v.breakdown""")
                .param(reportId)
                .query((rs, n) -> new ReportView.Value(
                        rs.getString("indicator_code"),
                        ValueKind.valueOf(rs.getString("kind")),
                        rs.getString("breakdown"),
                        rs.getBigDecimal("value").stripTrailingZeros(),
                        rs.getBoolean("outlier_confirmed"),
                        rs.getString("entered_by"),
                        rs.getTimestamp("entered_at").toInstant()))
                .list();
    }

    private void touch(long reportId) {
        jdbc.sql("update monitoring.report set version = version + 1, updated_at = now() where id = ?")
                .param(reportId)
                .update();
    }
}
