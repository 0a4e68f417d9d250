package org.clusterdev.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.ActivityDraft;
import org.clusterdev.programme.ActivityRecord;
import org.clusterdev.programme.ExitConfirmation;
import org.clusterdev.programme.ExitItem;
import org.clusterdev.programme.FollowUp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind implementation and exit: activities, evidence files, the exit checklist and follow-ups. */
@Repository
public class ImplementationRows {

    private final JdbcClient jdbc;

    ImplementationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ActivityRecord> activities(long interventionId) {
        return jdbc.sql("""
                        select * from programme.implementation_activity where intervention_id = ?
                        order by started_on, id""")
                .param(interventionId)
                .query((rs, n) -> activity(rs))
                .list();
    }

    public Optional<ActivityRecord> activity(long id) {
        return jdbc.sql("select * from programme.implementation_activity where id = ?")
                .param(id)
                .query((rs, n) -> activity(rs))
                .optional();
    }

    public boolean catalogued(String code) {
        return jdbc.sql("select exists (select 1 from programme.activity_type where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    public long insert(long interventionId, ActivityDraft draft, String user) {
        return jdbc.sql("""
                        insert into programme.implementation_activity (intervention_id, activity_code, title, started_on,
                            finished_on, cost_rupees, participants, outputs, led_by, latitude, longitude, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        interventionId,
                        draft.activityCode().orElse(null),
                        draft.title(),
                        draft.startedOn(),
                        draft.finishedOn().orElse(null),
                        draft.costRupees(),
                        draft.participants(),
                        draft.outputs(),
                        draft.ledBy(),
                        draft.latitude().orElse(null),
                        draft.longitude().orElse(null),
                        user)
                .query(Long.class)
                .single();
    }

    public long insertEvidence(
            long activityId,
            String fileName,
            String contentType,
            long size,
            String storedAs,
            Optional<Double> latitude,
            Optional<Double> longitude,
            String user) {
        return jdbc.sql("""
                        insert into programme.evidence_file (activity_id, file_name, content_type, size_bytes, stored_as,
                            latitude, longitude, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        activityId,
                        fileName,
                        contentType,
                        size,
                        storedAs,
                        latitude.orElse(null),
                        longitude.orElse(null),
                        user)
                .query(Long.class)
                .single();
    }

    /** The stored name, content type and activity of an evidence file. */
    public Optional<StoredEvidence> storedEvidence(long id) {
        return jdbc.sql("""
                        select e.stored_as, e.content_type, e.file_name, a.intervention_id
                        from programme.evidence_file e join programme.implementation_activity a on a.id = e.activity_id
                        where e.id = ?""")
                .param(id)
                .query((rs, n) -> new StoredEvidence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    /** Where an evidence file lies under the evidence directory, and what it is. */
    public record StoredEvidence(String storedAs, String contentType, String fileName, long interventionId) {}

    public Map<ExitItem, ExitConfirmation> checklist(long interventionId) {
        Map<ExitItem, ExitConfirmation> items = new EnumMap<>(ExitItem.class);
        jdbc.sql("""
                        select item, evidence, confirmed_by, confirmed_at from programme.exit_check
                        where intervention_id = ?""")
                .param(interventionId)
                .query((rs, n) -> items.put(
                        ExitItem.valueOf(rs.getString(1)),
                        new ExitConfirmation(
                                ExitItem.valueOf(rs.getString(1)),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant())))
                .list();
        return items;
    }

    public void confirm(long interventionId, ExitItem item, String evidence, String user) {
        jdbc.sql("""
                        insert into programme.exit_check (intervention_id, item, evidence, confirmed_by)
                        values (?, ?, ?, ?)
                        on conflict (intervention_id, item) do update
                        set evidence = excluded.evidence, confirmed_by = excluded.confirmed_by, confirmed_at = now()""").params(interventionId, item.name(), evidence, user).update();
    }

    public List<FollowUp> followUps(long interventionId) {
        return jdbc.sql("""
                        select id, intervention_id, visited_on, status, note, recorded_by from programme.exit_follow_up
                        where intervention_id = ? order by visited_on, id""")
                .param(interventionId)
                .query((rs, n) -> new FollowUp(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public long insertFollowUp(long interventionId, LocalDate visitedOn, String status, String note, String user) {
        return jdbc.sql("""
                        insert into programme.exit_follow_up (intervention_id, visited_on, status, note, recorded_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(interventionId, visitedOn, status, note, user)
                .query(Long.class)
                .single();
    }

    private ActivityRecord activity(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new ActivityRecord(
                id,
                rs.getLong("intervention_id"),
                Optional.ofNullable(rs.getString("activity_code")),
                rs.getString("title"),
                rs.getObject("started_on", LocalDate.class),
                Optional.ofNullable(rs.getObject("finished_on", LocalDate.class)),
                rs.getLong("cost_rupees"),
                rs.getInt("participants"),
                rs.getString("outputs"),
                rs.getString("led_by"),
                Optional.ofNullable((Double) rs.getObject("latitude")),
                Optional.ofNullable((Double) rs.getObject("longitude")),
                evidence(id));
    }

    private List<ActivityRecord.Evidence> evidence(long activityId) {
        return jdbc.sql("""
                        select id, file_name, content_type, size_bytes, latitude, longitude, uploaded_by
                        from programme.evidence_file where activity_id = ? order by id""")
                .param(activityId)
                .query((rs, n) -> new ActivityRecord.Evidence(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        Optional.ofNullable((Double) rs.getObject(5)),
                        Optional.ofNullable((Double) rs.getObject(6)),
                        rs.getString(7)))
                .list();
    }
}
