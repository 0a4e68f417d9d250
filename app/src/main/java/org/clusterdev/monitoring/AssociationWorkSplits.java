package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.monitoring.effects.EffectsScope;
import org.clusterdev.registry.ClusterProfile;
import org.clusterdev.registry.ClusterProfiles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly split of each association's work between developmental work and lobbying (seed 004 §3.11), for the
 * associations among a cluster's stakeholders in the registry. Every change is audited.
 */
@Service
public class AssociationWorkSplits {

    private final JdbcClient jdbc;
    private final EffectsScope scope;
    private final AuditTrail audit;
    private final ClusterProfiles profiles;

    AssociationWorkSplits(JdbcClient jdbc, EffectsScope scope, AuditTrail audit, ClusterProfiles profiles) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.profiles = profiles;
    }

    /** The associations of a cluster in the registry, id to name, by name. */
    public Map<Long, String> associations(long clusterId) {
        return profiles.find(clusterId).map(ClusterProfile::stakeholders).orElse(List.of()).stream()
                .filter(s -> s.kind().equals("ASSOCIATION"))
                .sorted(java.util.Comparator.comparing(ClusterProfile.Stakeholder::name))
                .collect(Collectors.toMap(
                        ClusterProfile.Stakeholder::actorId,
                        ClusterProfile.Stakeholder::name,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** The splits recorded in a cluster, by association then year. */
    public List<WorkSplit> ofCluster(long clusterId) {
        return jdbc.sql("""
                        select id, cluster_id, actor_id, association, year, developmental_share, lobbying_share,
                               developmental_hours, lobbying_hours, note, recorded_by, version
                        from monitoring.association_work where cluster_id = ? order by association, actor_id, year""")
                .param(clusterId)
                .query((rs, n) -> new WorkSplit(
                        rs.getLong("id"),
                        rs.getLong("cluster_id"),
                        rs.getLong("actor_id"),
                        rs.getString("association"),
                        rs.getInt("year"),
                        rs.getBigDecimal("developmental_share"),
                        rs.getBigDecimal("lobbying_share"),
                        Optional.ofNullable(rs.getBigDecimal("developmental_hours")),
                        Optional.ofNullable(rs.getBigDecimal("lobbying_hours")),
                        Optional.ofNullable(rs.getString("note")),
                        rs.getString("recorded_by"),
                        rs.getInt("version")))
                .list();
    }

    /** The split with this id in this cluster. */
    public Optional<WorkSplit> find(long clusterId, long id) {
        return ofCluster(clusterId).stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * Records an association's split for a year.
     *
     * @throws IllegalArgumentException "actorId: ..." when the actor is not an association of the cluster, "year:
     *     ..." when the association already has a split for the year
     * @throws AccessDeniedException when the current user may not record effects for the cluster
     */
    @Transactional
    public WorkSplit add(long clusterId, WorkSplitDraft draft) {
        scope.requireEditor(clusterId);
        String association = association(clusterId, draft.actorId());
        long id;
        try {
            id = jdbc.sql("""
                            insert into monitoring.association_work (cluster_id, actor_id, association, year,
                                developmental_share, lobbying_share, developmental_hours, lobbying_hours, note,
                                recorded_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            clusterId,
                            draft.actorId(),
                            association,
                            draft.year(),
                            draft.developmental(),
                            draft.lobbying(),
                            hours(draft.developmentalHours()),
                            hours(draft.lobbyingHours()),
                            draft.note().orElse(null),
                            scope.actor())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw duplicate(association, draft);
        }
        WorkSplit added = find(clusterId, id).orElseThrow();
        audit.record("CREATE", "association-work", Long.toString(id), Optional.empty(), Optional.of(added));
        return added;
    }

    /**
     * Changes a split.
     *
     * @throws IllegalStateException "version: ..." when someone changed it since; nothing is stored
     * @throws NoSuchElementException when the cluster has no such split
     */
    @Transactional
    public WorkSplit change(long clusterId, long id, WorkSplitDraft draft, int expectedVersion) {
        scope.requireEditor(clusterId);
        WorkSplit before = find(clusterId, id).orElseThrow(() -> new NoSuchElementException("no split " + id));
        String association = association(clusterId, draft.actorId());
        int updated;
        try {
            updated = jdbc.sql("""
                            update monitoring.association_work
                            set actor_id = ?, association = ?, year = ?, developmental_share = ?, lobbying_share = ?,
                                developmental_hours = ?, lobbying_hours = ?, note = ?, version = version + 1
                            where id = ? and cluster_id = ? and version = ?""")
                    .params(
                            draft.actorId(),
                            association,
                            draft.year(),
                            draft.developmental(),
                            draft.lobbying(),
                            hours(draft.developmentalHours()),
                            hours(draft.lobbyingHours()),
                            draft.note().orElse(null),
                            id,
                            clusterId,
                            expectedVersion)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(association, draft);
        }
        if (updated == 0) {
            throw Stale.since();
        }
        WorkSplit after = find(clusterId, id).orElseThrow();
        audit.record("UPDATE", "association-work", Long.toString(id), Optional.of(before), Optional.of(after));
        return after;
    }

    /**
     * Removes a split recorded by mistake.
     *
     * @throws NoSuchElementException when the cluster has no such split
     */
    @Transactional
    public void remove(long clusterId, long id) {
        scope.requireEditor(clusterId);
        WorkSplit before = find(clusterId, id).orElseThrow(() -> new NoSuchElementException("no split " + id));
        jdbc.sql("delete from monitoring.association_work where id = ?")
                .param(id)
                .update();
        audit.record("DELETE", "association-work", Long.toString(id), Optional.of(before), Optional.empty());
    }

    private String association(long clusterId, long actorId) {
        String name = associations(clusterId).get(actorId);
        if (name == null) {
            throw new IllegalArgumentException("actorId: not an association among the cluster's stakeholders");
        }
        return name;
    }

    private static BigDecimal hours(Optional<BigDecimal> hours) {
        return hours.orElse(null);
    }

    private static IllegalArgumentException duplicate(String association, WorkSplitDraft draft) {
        return new IllegalArgumentException("year: " + association + " already has a split for "
                + new ReportingPeriod(draft.year(), 1).financialYear());
    }
}
