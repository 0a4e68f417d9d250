package org.clusterdev.selection.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.selection.Assessment;
import org.clusterdev.selection.AssessmentDraft;
import org.clusterdev.selection.Candidate;
import org.clusterdev.selection.Decision;
import org.clusterdev.selection.Round;
import org.clusterdev.selection.RoundCriterion;
import org.clusterdev.selection.RoundDraft;
import org.clusterdev.selection.RoundKind;
import org.clusterdev.selection.RoundStatus;
import org.clusterdev.selection.ScoreDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind selection rounds, their candidates and assessments. */
@Repository
public class RoundRows {

    private static final String CANDIDATE = """
            select id, round_id, reference_id, name, state_code, sector, backward_area, decision, decision_reason,
                   decided_by, intervention_id
            from selection.candidate
            """;

    private final JdbcClient jdbc;

    RoundRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round's own row. */
    record RoundRow(
            long id,
            RoundKind kind,
            String title,
            String schemeCode,
            String framework,
            Integer stateCode,
            double minNorthEastPercent,
            RoundStatus status,
            String chair,
            int version,
            Long interventionId) {}

    /** Every round, newest first, without candidates. */
    public List<Round> all() {
        return jdbc.sql("""
                        select id, kind, title, scheme_code, framework, state_code, min_north_east_percent, status,
                               chair, version, intervention_id
                        from selection.round order by created_at desc, id desc""").query(RoundRow.class).list().stream()
                .map(row -> round(row, List.of(), List.of()))
                .toList();
    }

    public Optional<Round> find(long id) {
        return jdbc.sql("""
                        select id, kind, title, scheme_code, framework, state_code, min_north_east_percent, status,
                               chair, version, intervention_id
                        from selection.round where id = ?""")
                .param(id)
                .query(RoundRow.class)
                .optional()
                .map(row -> round(row, criteria(id), candidates(id)));
    }

    public long insert(RoundDraft draft, String chair, List<RoundCriterion> criteria) {
        long id = jdbc.sql("""
                        insert into selection.round (kind, title, scheme_code, framework, state_code,
                                                     min_north_east_percent, chair, intervention_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        draft.kind().name(),
                        draft.title(),
                        draft.schemeCode(),
                        draft.framework(),
                        draft.stateCode().orElse(null),
                        draft.minNorthEastPercent(),
                        chair,
                        draft.interventionId().orElse(null))
                .query(Long.class)
                .single();
        for (RoundCriterion criterion : criteria) {
            jdbc.sql("""
                            insert into selection.round_criterion (round_id, code, name, weight, position, source)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            criterion.code(),
                            criterion.name(),
                            criterion.weight(),
                            criterion.position(),
                            criterion.source())
                    .update();
        }
        return id;
    }

    public long insertCandidate(
            long roundId, long referenceId, String name, int stateCode, String sector, boolean backwardArea) {
        return jdbc.sql("""
                        insert into selection.candidate (round_id, reference_id, name, state_code, sector, backward_area)
                        values (?, ?, ?, ?, ?, ?) on conflict (round_id, reference_id) do nothing returning id""")
                .params(roundId, referenceId, name, stateCode, sector, backwardArea)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("referenceId: " + name + " is a candidate already"));
    }

    public Optional<Candidate> candidate(long roundId, long candidateId) {
        return jdbc.sql(CANDIDATE + "where round_id = ? and id = ?")
                .params(roundId, candidateId)
                .query(Candidate.class)
                .optional();
    }

    public boolean assessed(long candidateId, String assessor) {
        return jdbc.sql("select exists (select 1 from selection.assessment where candidate_id = ? and assessor = ?)")
                .params(candidateId, assessor)
                .query(Boolean.class)
                .single();
    }

    public long insertAssessment(long candidateId, String assessor, AssessmentDraft draft) {
        long id = jdbc.sql("""
                        insert into selection.assessment (candidate_id, assessor, conflict_of_interest, conflict_note)
                        values (?, ?, ?, ?) returning id""")
                .params(candidateId, assessor, draft.conflictOfInterest(), draft.conflictNote())
                .query(Long.class)
                .single();
        for (ScoreDraft score : draft.scores()) {
            jdbc.sql("""
                            insert into selection.assessment_score (assessment_id, criterion_code, score, evidence)
                            values (?, ?, ?, ?)""")
                    .params(id, score.criterion(), score.score(), score.evidence())
                    .update();
        }
        return id;
    }

    /** Every assessment submitted in the round, with its scores. */
    public List<Assessment> assessments(long roundId) {
        Map<Long, Map<String, Integer>> scores = new HashMap<>();
        Map<Long, Map<String, String>> evidence = new HashMap<>();
        jdbc.sql("""
                        select s.assessment_id, s.criterion_code, s.score, s.evidence
                        from selection.assessment_score s
                        join selection.assessment a on a.id = s.assessment_id
                        join selection.candidate c on c.id = a.candidate_id
                        where c.round_id = ?""")
                .param(roundId)
                .query((rs, n) -> {
                    long id = rs.getLong("assessment_id");
                    scores.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .put(rs.getString("criterion_code"), rs.getInt("score"));
                    evidence.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .put(rs.getString("criterion_code"), rs.getString("evidence"));
                    return id;
                })
                .list();
        return jdbc.sql("""
                        select a.id, a.candidate_id, a.assessor, a.conflict_of_interest, a.conflict_note, a.submitted_at
                        from selection.assessment a join selection.candidate c on c.id = a.candidate_id
                        where c.round_id = ? order by a.submitted_at, a.id""")
                .param(roundId)
                .query((rs, n) -> new Assessment(
                        rs.getLong("candidate_id"),
                        rs.getString("assessor"),
                        rs.getBoolean("conflict_of_interest"),
                        rs.getString("conflict_note"),
                        scores.getOrDefault(rs.getLong("id"), Map.of()),
                        evidence.getOrDefault(rs.getLong("id"), Map.of()),
                        rs.getObject("submitted_at", Timestamp.class).toInstant()))
                .list();
    }

    /** Closes scoring when the round still has {@code expectedVersion}; false otherwise. */
    public boolean close(long roundId, int expectedVersion) {
        return jdbc.sql("""
                                update selection.round set status = 'CLOSED', version = version + 1
                                where id = ? and version = ? and status = 'SCORING'""").params(roundId, expectedVersion).update() == 1;
    }

    public void decide(long candidateId, Decision decision, String reason, String decidedBy) {
        jdbc.sql("""
                        update selection.candidate
                        set decision = ?, decision_reason = ?, decided_by = ?, decided_at = now()
                        where id = ?""").params(decision.name(), reason, decidedBy, candidateId).update();
    }

    public void linkIntervention(long candidateId, long interventionId) {
        jdbc.sql("update selection.candidate set intervention_id = ? where id = ?")
                .params(interventionId, candidateId)
                .update();
    }

    /** The CDA traits of seed 001 slide 21 with their weights. */
    public List<RoundCriterion> cdaTraits() {
        return jdbc.sql("select code, name, weight, position, source from selection.cda_trait order by position")
                .query(RoundCriterion.class)
                .list();
    }

    private List<RoundCriterion> criteria(long roundId) {
        return jdbc.sql("""
                        select code, name, weight, position, source from selection.round_criterion
                        where round_id = ? order by position""").param(roundId).query(RoundCriterion.class).list();
    }

    private List<Candidate> candidates(long roundId) {
        return jdbc.sql(CANDIDATE + "where round_id = ? order by name, id")
                .param(roundId)
                .query(Candidate.class)
                .list();
    }

    private static Round round(RoundRow row, List<RoundCriterion> criteria, List<Candidate> candidates) {
        return new Round(
                row.id(),
                row.kind(),
                row.title(),
                row.schemeCode(),
                row.framework(),
                row.stateCode(),
                row.minNorthEastPercent(),
                row.status(),
                row.chair(),
                row.version(),
                row.interventionId(),
                criteria,
                candidates);
    }
}
