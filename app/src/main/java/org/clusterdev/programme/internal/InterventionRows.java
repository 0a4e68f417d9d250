package org.clusterdev.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind interventions: {@code programme.intervention}, its transitions and the stage deadlines. */
@Repository
public class InterventionRows {

    static final String COLUMNS = """
            select i.id, i.cluster_id, i.state_code, i.scheme_code, i.agency_id, i.title, i.stage, i.stage_entered_at,
                   i.stage_due_on, i.closed_reason, i.version
            from programme.intervention i
            """;

    private final JdbcClient jdbc;

    InterventionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Intervention> find(long id) {
        return jdbc.sql(COLUMNS + " where i.id = ?")
                .param(id)
                .query((rs, n) -> read(rs))
                .optional();
    }

    public List<Intervention> ofCluster(long clusterId) {
        return jdbc.sql(COLUMNS + " where i.cluster_id = ? order by i.created_at, i.id")
                .param(clusterId)
                .query((rs, n) -> read(rs))
                .list();
    }

    /** Every intervention, optionally of one scheme or in one stage, newest first. */
    public List<Intervention> all(Optional<String> schemeCode, Optional<Stage> stage) {
        return jdbc.sql(COLUMNS + """
                         where (cast(:scheme as text) is null or i.scheme_code = :scheme)
                           and (cast(:stage as text) is null or i.stage = :stage)
                        order by i.created_at desc, i.id desc""")
                .param("scheme", schemeCode.orElse(null))
                .param("stage", stage.map(Stage::name).orElse(null))
                .query((rs, n) -> read(rs))
                .list();
    }

    /** How many interventions of a scheme are selected or beyond (not closed early), by state. */
    public Map<Integer, Long> selectedByState(String schemeCode) {
        Map<Integer, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        select state_code, count(*) from programme.intervention
                        where scheme_code = ? and stage not in ('PROPOSED', 'CLOSED') group by state_code""")
                .param(schemeCode)
                .query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2)))
                .list();
        return counts;
    }

    public boolean schemeExists(String code) {
        return jdbc.sql("select exists (select 1 from programme.scheme where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    /** Whether the cluster already has an intervention under this scheme that is neither finished nor closed. */
    public boolean openInterventionExists(long clusterId, String schemeCode) {
        return jdbc.sql("""
                        select exists (select 1 from programme.intervention
                        where cluster_id = ? and scheme_code = ? and stage not in ('SELF_MANAGING', 'CLOSED'))""").params(clusterId, schemeCode).query(Boolean.class).single();
    }

    /**
     * The last day an intervention entering {@code stage} on {@code today} may stand in it: the scheme's own
     * limit, else the default; empty for the final stages, which have no limit.
     */
    public Optional<LocalDate> dueOn(String schemeCode, Stage stage, LocalDate today) {
        if (stage.isFinal()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select coalesce(s.days_allowed, d.days_allowed)
                        from programme.stage_deadline d
                        left join programme.scheme_stage_deadline s on s.stage = d.stage and s.scheme_code = :scheme
                        where d.stage = :stage""")
                .param("scheme", schemeCode)
                .param("stage", stage.name())
                .query(Integer.class)
                .optional()
                .map(today::plusDays);
    }

    public long insert(long clusterId, int stateCode, String schemeCode, String title, Optional<LocalDate> dueOn) {
        return jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage_due_on)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(clusterId, stateCode, schemeCode, title, dueOn.orElse(null))
                .query(Long.class)
                .single();
    }

    /** Moves the intervention when its stored version is still {@code expectedVersion}; false otherwise. */
    public boolean move(
            long id, int expectedVersion, Stage target, Optional<LocalDate> dueOn, Optional<String> closedReason) {
        return jdbc.sql("""
                        update programme.intervention set stage = :stage, stage_entered_at = now(), stage_due_on = :due,
                            closed_reason = :reason, updated_at = now(), version = version + 1
                        where id = :id and version = :version""")
                        .param("stage", target.name())
                        .param("due", dueOn.orElse(null))
                        .param("reason", closedReason.orElse(null))
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    public boolean assignAgency(long id, int expectedVersion, long agencyId) {
        return jdbc.sql("""
                        update programme.intervention set agency_id = ?, updated_at = now(), version = version + 1
                        where id = ? and version = ?""").params(agencyId, id, expectedVersion).update() == 1;
    }

    public void recordTransition(long id, Optional<Stage> from, Stage to, String actor, Optional<String> note) {
        jdbc.sql("""
                        insert into programme.intervention_transition (intervention_id, from_stage, to_stage, actor, note)
                        values (?, ?, ?, ?, ?)""")
                .params(id, from.map(Stage::name).orElse(null), to.name(), actor, note.orElse(null))
                .update();
    }

    public List<org.clusterdev.programme.StageChange> history(long id) {
        return jdbc.sql("""
                        select from_stage, to_stage, actor, note, at from programme.intervention_transition
                        where intervention_id = ? order by at, id""")
                .param(id)
                .query((rs, n) -> new org.clusterdev.programme.StageChange(
                        Optional.ofNullable(rs.getString("from_stage")).map(Stage::valueOf),
                        Stage.valueOf(rs.getString("to_stage")),
                        rs.getString("actor"),
                        Optional.ofNullable(rs.getString("note")),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    static Intervention read(ResultSet rs) throws SQLException {
        java.sql.Date due = rs.getDate("stage_due_on");
        return new Intervention(
                rs.getLong("id"),
                rs.getLong("cluster_id"),
                rs.getInt("state_code"),
                rs.getString("scheme_code"),
                Optional.ofNullable((Long) rs.getObject("agency_id")),
                rs.getString("title"),
                Stage.valueOf(rs.getString("stage")),
                rs.getTimestamp("stage_entered_at").toInstant(),
                Optional.ofNullable(due).map(java.sql.Date::toLocalDate),
                Optional.ofNullable(rs.getString("closed_reason")),
                rs.getInt("version"));
    }
}
