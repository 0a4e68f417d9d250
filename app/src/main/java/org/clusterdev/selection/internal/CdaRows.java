package org.clusterdev.selection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.selection.AssignmentDraft;
import org.clusterdev.selection.CdaDraft;
import org.clusterdev.selection.CdaSpeciality;
import org.clusterdev.selection.Training;
import org.clusterdev.selection.TrainingDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind CDAs, their assignments and their training. */
@Repository
public class CdaRows {

    private static final String ASSIGNMENT = """
            select a.id, a.cda_id, c.name as cda_name, c.speciality, a.cluster_id, a.state_code, a.dedicated,
                   a.stationed, a.team_role, a.started_on, a.ended_on, a.end_reason
            from selection.cda_assignment a join selection.cda c on c.id = a.cda_id
            """;

    private final JdbcClient jdbc;

    CdaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A CDA's row. */
    public record CdaRow(
            long id,
            String name,
            int stateCode,
            CdaSpeciality speciality,
            String employer,
            String contactEmail,
            String contactPhone,
            int version) {}

    /** An assignment's row. */
    public record AssignmentRow(
            long id,
            long cdaId,
            String cdaName,
            CdaSpeciality speciality,
            long clusterId,
            int stateCode,
            boolean dedicated,
            boolean stationed,
            String teamRole,
            LocalDate startedOn,
            LocalDate endedOn,
            String endReason) {}

    public List<CdaRow> all() {
        return jdbc.sql("""
                        select id, name, state_code, speciality, employer, contact_email, contact_phone, version
                        from selection.cda order by name, id""").query(CdaRow.class).list();
    }

    public Optional<CdaRow> find(long id) {
        return jdbc.sql("""
                        select id, name, state_code, speciality, employer, contact_email, contact_phone, version
                        from selection.cda where id = ?""").param(id).query(CdaRow.class).optional();
    }

    public long insert(CdaDraft draft) {
        return jdbc.sql("""
                        insert into selection.cda (name, state_code, speciality, employer, contact_email, contact_phone)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        draft.name(),
                        draft.stateCode(),
                        draft.speciality().name(),
                        draft.employer(),
                        draft.contactEmail(),
                        draft.contactPhone())
                .query(Long.class)
                .single();
    }

    public List<AssignmentRow> assignments() {
        return jdbc.sql(ASSIGNMENT + "order by a.started_on desc, a.id desc")
                .query(AssignmentRow.class)
                .list();
    }

    public List<AssignmentRow> assignmentsOf(long cdaId) {
        return jdbc.sql(ASSIGNMENT + "where a.cda_id = ? order by a.started_on desc, a.id desc")
                .param(cdaId)
                .query(AssignmentRow.class)
                .list();
    }

    /** The assignments going on in a cluster: its CDA or its team. */
    public List<AssignmentRow> openInCluster(long clusterId) {
        return jdbc.sql(ASSIGNMENT + "where a.cluster_id = ? and a.ended_on is null order by a.started_on, a.id")
                .param(clusterId)
                .query(AssignmentRow.class)
                .list();
    }

    public Optional<AssignmentRow> assignment(long id) {
        return jdbc.sql(ASSIGNMENT + "where a.id = ?")
                .param(id)
                .query(AssignmentRow.class)
                .optional();
    }

    public boolean assignedOpen(long cdaId, long clusterId) {
        return jdbc.sql("""
                        select exists (select 1 from selection.cda_assignment
                                       where cda_id = ? and cluster_id = ? and ended_on is null)""").params(cdaId, clusterId).query(Boolean.class).single();
    }

    public long insertAssignment(long cdaId, int stateCode, AssignmentDraft draft) {
        return jdbc.sql("""
                        insert into selection.cda_assignment (cda_id, cluster_id, state_code, dedicated, stationed,
                                                              team_role, started_on)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        cdaId,
                        draft.clusterId(),
                        stateCode,
                        draft.dedicated(),
                        draft.stationed(),
                        draft.teamRole(),
                        draft.startedOn())
                .query(Long.class)
                .single();
    }

    public void end(long assignmentId, LocalDate endedOn, String reason) {
        jdbc.sql("update selection.cda_assignment set ended_on = ?, end_reason = ? where id = ? and ended_on is null")
                .params(endedOn, reason, assignmentId)
                .update();
    }

    public List<Training> trainings(long cdaId) {
        return jdbc.sql("""
                        select id, cda_id, course, provider, started_on, ended_on, field_work, field_cluster_id
                        from selection.cda_training where cda_id = ? order by started_on desc, id desc""").param(cdaId).query(Training.class).list();
    }

    public int trainingCount(long cdaId) {
        return jdbc.sql("select count(*) from selection.cda_training where cda_id = ?")
                .param(cdaId)
                .query(Integer.class)
                .single();
    }

    public long insertTraining(long cdaId, TrainingDraft draft) {
        return jdbc.sql("""
                        insert into selection.cda_training (cda_id, course, provider, started_on, ended_on,
                                                            field_work, field_cluster_id)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        cdaId,
                        draft.course(),
                        draft.provider(),
                        draft.startedOn(),
                        draft.endedOn(),
                        draft.fieldWork(),
                        draft.fieldClusterId().orElse(null))
                .query(Long.class)
                .single();
    }
}
