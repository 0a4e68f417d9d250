package org.clusterdev.selection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.selection.AgencyDraft;
import org.clusterdev.selection.AgencyKind;
import org.clusterdev.selection.ClusterYears;
import org.clusterdev.selection.EngagementDraft;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind agencies and their engagements ({@code selection.agency}, {@code selection.engagement}). */
@Repository
public class AgencyRows {

    private final JdbcClient jdbc;

    AgencyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An agency's row without its computed experience. */
    public record AgencyRow(
            long id,
            String name,
            AgencyKind kind,
            int stateCode,
            String contactPerson,
            String contactEmail,
            String contactPhone,
            int trainedPersons,
            int version) {}

    /** An engagement's row; the cluster's name is the registry's business. */
    public record EngagementRow(
            long id,
            long agencyId,
            long clusterId,
            int stateCode,
            Long interventionId,
            LocalDate startedOn,
            LocalDate endedOn,
            String note) {

        public ClusterYears.Period period() {
            return new ClusterYears.Period(clusterId, startedOn, Optional.ofNullable(endedOn));
        }
    }

    public List<AgencyRow> all() {
        return jdbc.sql("""
                        select id, name, kind, state_code, contact_person, contact_email, contact_phone,
                               trained_persons, version
                        from selection.agency order by name""").query(AgencyRow.class).list();
    }

    public Optional<AgencyRow> find(long id) {
        return jdbc.sql("""
                        select id, name, kind, state_code, contact_person, contact_email, contact_phone,
                               trained_persons, version
                        from selection.agency where id = ?""").param(id).query(AgencyRow.class).optional();
    }

    /** @throws IllegalArgumentException "name: ..." when another agency has the name */
    public long insert(AgencyDraft draft) {
        try {
            return jdbc.sql("""
                            insert into selection.agency (name, kind, state_code, contact_person, contact_email,
                                                          contact_phone, trained_persons)
                            values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            draft.name(),
                            draft.kind().name(),
                            draft.stateCode(),
                            draft.contactPerson(),
                            draft.contactEmail(),
                            draft.contactPhone(),
                            draft.trainedPersons())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("name: another agency is registered as '" + draft.name() + "'");
        }
    }

    /** Stores the change when the row still has {@code expectedVersion}; false when someone changed it first. */
    public boolean update(long id, int expectedVersion, AgencyDraft draft) {
        try {
            return jdbc.sql("""
                                    update selection.agency
                                    set name = ?, kind = ?, state_code = ?, contact_person = ?, contact_email = ?,
                                        contact_phone = ?, trained_persons = ?, version = version + 1,
                                        updated_at = now()
                                    where id = ? and version = ?""")
                            .params(
                                    draft.name(),
                                    draft.kind().name(),
                                    draft.stateCode(),
                                    draft.contactPerson(),
                                    draft.contactEmail(),
                                    draft.contactPhone(),
                                    draft.trainedPersons(),
                                    id,
                                    expectedVersion)
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("name: another agency is registered as '" + draft.name() + "'");
        }
    }

    public List<EngagementRow> engagements(long agencyId) {
        return jdbc.sql("""
                        select id, agency_id, cluster_id, state_code, intervention_id, started_on, ended_on, note
                        from selection.engagement where agency_id = ? order by started_on desc, id desc""").param(agencyId).query(EngagementRow.class).list();
    }

    public List<EngagementRow> allEngagements() {
        return jdbc.sql("""
                        select id, agency_id, cluster_id, state_code, intervention_id, started_on, ended_on, note
                        from selection.engagement""").query(EngagementRow.class).list();
    }

    public Optional<EngagementRow> engagement(long id) {
        return jdbc.sql("""
                        select id, agency_id, cluster_id, state_code, intervention_id, started_on, ended_on, note
                        from selection.engagement where id = ?""").param(id).query(EngagementRow.class).optional();
    }

    public long insertEngagement(long agencyId, int stateCode, EngagementDraft draft) {
        return jdbc.sql("""
                        insert into selection.engagement (agency_id, cluster_id, state_code, intervention_id,
                                                          started_on, ended_on, note)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        agencyId,
                        draft.clusterId(),
                        stateCode,
                        draft.interventionId().orElse(null),
                        draft.startedOn(),
                        draft.endedOn().orElse(null),
                        draft.note())
                .query(Long.class)
                .single();
    }

    public void end(long engagementId, LocalDate endedOn) {
        jdbc.sql("update selection.engagement set ended_on = ? where id = ? and ended_on is null")
                .params(endedOn, engagementId)
                .update();
    }

    /** Open engagements of any agency serving the intervention. */
    public List<EngagementRow> openLinkedTo(long interventionId) {
        return jdbc.sql("""
                        select id, agency_id, cluster_id, state_code, intervention_id, started_on, ended_on, note
                        from selection.engagement where intervention_id = ? and ended_on is null""").param(interventionId).query(EngagementRow.class).list();
    }

    /** Open engagements of implementing agencies serving the intervention. */
    public List<EngagementRow> openForIntervention(long interventionId) {
        return jdbc.sql("""
                        select e.id, e.agency_id, e.cluster_id, e.state_code, e.intervention_id, e.started_on,
                               e.ended_on, e.note
                        from selection.engagement e join selection.agency a on a.id = e.agency_id
                        where e.intervention_id = ? and e.ended_on is null
                          and a.kind = 'IMPLEMENTING_AGENCY'""").param(interventionId).query(EngagementRow.class).list();
    }
}
