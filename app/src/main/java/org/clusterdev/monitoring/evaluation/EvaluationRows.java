package org.clusterdev.monitoring.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.monitoring.Criterion;
import org.clusterdev.monitoring.Evaluation;
import org.clusterdev.monitoring.EvaluationFinding;
import org.clusterdev.monitoring.EvaluationHeader;
import org.clusterdev.monitoring.EvaluationKind;
import org.clusterdev.monitoring.EvaluationLesson;
import org.clusterdev.monitoring.EvaluationTheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of {@code monitoring.evaluation} and its findings and lessons. */
@Component
public class EvaluationRows {

    private final JdbcClient jdbc;

    EvaluationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The intervention's keys copied onto an evaluation. */
    public record Keys(
            long interventionId,
            String interventionTitle,
            long clusterId,
            String clusterName,
            int stateCode,
            String scheme) {}

    /** Inserts a draft evaluation and returns its id. */
    public long insert(Keys keys, EvaluationHeader header, String createdBy) {
        return jdbc.sql("""
                        insert into monitoring.evaluation (intervention_id, intervention_title, cluster_id, cluster_name,
                            state_code, scheme_code, kind, evaluator, evaluated_on, summary, created_by)
                        values (:intervention, :title, :cluster, :clusterName, :state, :scheme, :kind, :evaluator,
                            :on, :summary, :by)
                        returning id""")
                .param("intervention", keys.interventionId())
                .param("title", keys.interventionTitle())
                .param("cluster", keys.clusterId())
                .param("clusterName", keys.clusterName())
                .param("state", keys.stateCode())
                .param("scheme", keys.scheme())
                .param("kind", header.kind().name())
                .param("evaluator", header.evaluator())
                .param("on", header.evaluatedOn())
                .param("summary", header.summary())
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    /** Whether the intervention already has an evaluation of this kind. */
    public boolean exists(long interventionId, EvaluationKind kind) {
        return jdbc.sql("select count(*) from monitoring.evaluation where intervention_id = :i and kind = :k")
                        .param("i", interventionId)
                        .param("k", kind.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the intervention has a completed evaluation of this kind. */
    public boolean completed(long interventionId, EvaluationKind kind) {
        return jdbc.sql("select count(*) from monitoring.evaluation where intervention_id = :i and kind = :k"
                                + " and status = 'COMPLETED'")
                        .param("i", interventionId)
                        .param("k", kind.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Takes the draft's version forward if it is still a draft at {@code expectedVersion}; false when it is not (a
     * change by someone else, or completed), and nothing changes.
     */
    public boolean lock(long id, int expectedVersion) {
        return jdbc.sql("""
                        update monitoring.evaluation set version = version + 1
                        where id = :id and version = :version and status = 'DRAFT'""").param("id", id).param("version", expectedVersion).update() > 0;
    }

    /** Replaces the header of a draft. */
    public void updateHeader(long id, EvaluationHeader header) {
        jdbc.sql("""
                        update monitoring.evaluation set kind = :kind, evaluator = :evaluator, evaluated_on = :on,
                            summary = :summary
                        where id = :id""")
                .param("id", id)
                .param("kind", header.kind().name())
                .param("evaluator", header.evaluator())
                .param("on", header.evaluatedOn())
                .param("summary", header.summary())
                .update();
    }

    /** Adds a finding to a draft. */
    public void addFinding(long id, EvaluationFinding finding) {
        jdbc.sql("""
                        insert into monitoring.evaluation_finding (evaluation_id, theme, finding, relevance,
                            effectiveness, efficiency, impact, sustainability)
                        values (:id, :theme, :text, :relevance, :effectiveness, :efficiency, :impact, :sustainability)""")
                .param("id", id)
                .param("theme", finding.theme().name())
                .param("text", finding.text())
                .param("relevance", finding.rating(Criterion.RELEVANCE).orElse(null))
                .param("effectiveness", finding.rating(Criterion.EFFECTIVENESS).orElse(null))
                .param("efficiency", finding.rating(Criterion.EFFICIENCY).orElse(null))
                .param("impact", finding.rating(Criterion.IMPACT).orElse(null))
                .param(
                        "sustainability",
                        finding.rating(Criterion.SUSTAINABILITY).orElse(null))
                .update();
    }

    /** Adds a lesson to a draft. */
    public void addLesson(long id, EvaluationLesson lesson) {
        jdbc.sql("""
                        insert into monitoring.evaluation_lesson (evaluation_id, theme, title, problem, action, result,
                            cost_rupees, publish)
                        values (:id, :theme, :title, :problem, :action, :result, :cost, :publish)""")
                .param("id", id)
                .param("theme", lesson.theme().name())
                .param("title", lesson.title())
                .param("problem", lesson.problem())
                .param("action", lesson.action())
                .param("result", lesson.result())
                .param("cost", lesson.costRupees().orElse(null))
                .param("publish", lesson.publish())
                .update();
    }

    /** Removes a finding or lesson ({@code table}: finding or lesson) of the evaluation; false when it has none. */
    public boolean remove(long id, String table, long itemId) {
        String sql = "finding".equals(table)
                ? "delete from monitoring.evaluation_finding where evaluation_id = :id and id = :item"
                : "delete from monitoring.evaluation_lesson where evaluation_id = :id and id = :item";
        return jdbc.sql(sql).param("id", id).param("item", itemId).update() > 0;
    }

    /** Marks the evaluation completed. */
    public void complete(long id, String by) {
        jdbc.sql("""
                        update monitoring.evaluation set status = 'COMPLETED', completed_by = :by, completed_at = now()
                        where id = :id""").param("id", id).param("by", by).update();
    }

    /** One evaluation with its findings and lessons. */
    public Optional<Evaluation> find(long id) {
        return jdbc.sql("select * from monitoring.evaluation where id = :id")
                .param("id", id)
                .query((rs, n) -> evaluation(rs))
                .optional();
    }

    /** The evaluations of an intervention, mid-term first. */
    public List<Evaluation> ofIntervention(long interventionId) {
        return jdbc.sql("select * from monitoring.evaluation where intervention_id = :i order by kind desc, id")
                .param("i", interventionId)
                .query((rs, n) -> evaluation(rs))
                .list();
    }

    /** Where an evaluation belongs, enough to decide who may see it. */
    public record Placement(long id, long interventionId, int stateCode, long clusterId) {}

    /** Where every evaluation belongs, newest first. */
    public List<Placement> placements() {
        return jdbc.sql("""
                        select id, intervention_id, state_code, cluster_id from monitoring.evaluation
                        order by evaluated_on desc, id desc""")
                .query((rs, n) -> new Placement(
                        rs.getLong("id"),
                        rs.getLong("intervention_id"),
                        rs.getInt("state_code"),
                        rs.getLong("cluster_id")))
                .list();
    }

    private Evaluation evaluation(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Evaluation(
                id,
                rs.getLong("intervention_id"),
                rs.getString("intervention_title"),
                rs.getLong("cluster_id"),
                rs.getString("cluster_name"),
                rs.getInt("state_code"),
                rs.getString("scheme_code"),
                EvaluationKind.valueOf(rs.getString("kind")),
                rs.getString("evaluator"),
                rs.getObject("evaluated_on", java.time.LocalDate.class),
                rs.getString("summary"),
                Evaluation.Status.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                Optional.ofNullable(rs.getString("completed_by")),
                Optional.ofNullable(rs.getTimestamp("completed_at")).map(java.sql.Timestamp::toInstant),
                rs.getInt("version"),
                findings(id),
                lessons(id));
    }

    private List<EvaluationFinding> findings(long id) {
        return jdbc.sql("select * from monitoring.evaluation_finding where evaluation_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> {
                    Map<Criterion, Integer> ratings = new EnumMap<>(Criterion.class);
                    for (Criterion criterion : Criterion.values()) {
                        int rating = rs.getInt(criterion.name().toLowerCase(java.util.Locale.ROOT));
                        if (!rs.wasNull()) {
                            ratings.put(criterion, rating);
                        }
                    }
                    return new EvaluationFinding(
                            rs.getLong("id"),
                            EvaluationTheme.valueOf(rs.getString("theme")),
                            rs.getString("finding"),
                            ratings);
                })
                .list();
    }

    private List<EvaluationLesson> lessons(long id) {
        return jdbc.sql("select * from monitoring.evaluation_lesson where evaluation_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new EvaluationLesson(
                        rs.getLong("id"),
                        EvaluationTheme.valueOf(rs.getString("theme")),
                        rs.getString("title"),
                        rs.getString("problem"),
                        rs.getString("action"),
                        rs.getString("result"),
                        Optional.ofNullable((Long) rs.getObject("cost_rupees")),
                        rs.getBoolean("publish")))
                .list();
    }
}
