package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.monitoring.effects.EffectsScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activities taken over by local institutions in a cluster, recorded by its field staff; every change audited. */
@Service
public class ActivityTakeovers {

    private final JdbcClient jdbc;
    private final EffectsScope scope;
    private final AuditTrail audit;

    ActivityTakeovers(JdbcClient jdbc, EffectsScope scope, AuditTrail audit) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    /** The activities taken over in a cluster, by day. */
    public List<ActivityTakeover> ofCluster(long clusterId) {
        return jdbc.sql("""
                        select id, cluster_id, activity, institution, since, evidence, recorded_by, version
                        from monitoring.activity_takeover where cluster_id = ? order by since, id""")
                .param(clusterId)
                .query((rs, n) -> new ActivityTakeover(
                        rs.getLong("id"),
                        rs.getLong("cluster_id"),
                        rs.getString("activity"),
                        rs.getString("institution"),
                        rs.getObject("since", LocalDate.class),
                        rs.getString("evidence"),
                        rs.getString("recorded_by"),
                        rs.getInt("version")))
                .list();
    }

    /** The activity taken over with this id in this cluster. */
    public Optional<ActivityTakeover> find(long clusterId, long id) {
        return ofCluster(clusterId).stream().filter(t -> t.id() == id).findFirst();
    }

    /**
     * Records an activity taken over.
     *
     * @throws AccessDeniedException when the current user may not record effects for the cluster
     */
    @Transactional
    public ActivityTakeover add(long clusterId, TakeoverDraft draft) {
        scope.requireEditor(clusterId);
        long id = jdbc.sql("""
                        insert into monitoring.activity_takeover (cluster_id, activity, institution, since, evidence,
                            recorded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        clusterId,
                        draft.activity(),
                        draft.institution(),
                        draft.since(),
                        draft.evidence(),
                        scope.actor())
                .query(Long.class)
                .single();
        ActivityTakeover added = find(clusterId, id).orElseThrow();
        audit.record("CREATE", "activity-takeover", Long.toString(id), Optional.empty(), Optional.of(added));
        return added;
    }

    /**
     * Changes an activity taken over.
     *
     * @throws IllegalStateException "version: ..." when someone changed it since; nothing is stored
     * @throws NoSuchElementException when the cluster has no such record
     */
    @Transactional
    public ActivityTakeover change(long clusterId, long id, TakeoverDraft draft, int expectedVersion) {
        scope.requireEditor(clusterId);
        ActivityTakeover before = find(clusterId, id).orElseThrow(() -> new NoSuchElementException("no record " + id));
        int updated = jdbc.sql("""
                        update monitoring.activity_takeover
                        set activity = ?, institution = ?, since = ?, evidence = ?, version = version + 1
                        where id = ? and cluster_id = ? and version = ?""")
                .params(
                        draft.activity(),
                        draft.institution(),
                        draft.since(),
                        draft.evidence(),
                        id,
                        clusterId,
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw Stale.since();
        }
        ActivityTakeover after = find(clusterId, id).orElseThrow();
        audit.record("UPDATE", "activity-takeover", Long.toString(id), Optional.of(before), Optional.of(after));
        return after;
    }

    /**
     * Removes a record made by mistake.
     *
     * @throws NoSuchElementException when the cluster has no such record
     */
    @Transactional
    public void remove(long clusterId, long id) {
        scope.requireEditor(clusterId);
        ActivityTakeover before = find(clusterId, id).orElseThrow(() -> new NoSuchElementException("no record " + id));
        jdbc.sql("delete from monitoring.activity_takeover where id = ?")
                .param(id)
                .update();
        audit.record("DELETE", "activity-takeover", Long.toString(id), Optional.of(before), Optional.empty());
    }
}
