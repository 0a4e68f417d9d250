package org.clusterdev.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.monitoring.effects.EffectsScope;
import org.clusterdev.programme.CollectiveBodyFormed;
import org.clusterdev.programme.TrustActivity;
import org.clusterdev.programme.TrustBuilding;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The associations, networks, consortia and SPVs created or revived in a cluster (seed 004 §3.11). A body formed by
 * trust building is listed by itself; others, and revivals, are entered by the cluster's field staff. Every change
 * is audited.
 */
@Service
public class LocalInstitutions {

    private static final String COLUMNS = """
            id, cluster_id, intervention_id, kind, name, change, changed_on, member_firms, source, note, recorded_by,
            version""";

    private final JdbcClient jdbc;
    private final EffectsScope scope;
    private final AuditTrail audit;
    private final TrustBuilding trustBuilding;

    LocalInstitutions(JdbcClient jdbc, EffectsScope scope, AuditTrail audit, TrustBuilding trustBuilding) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.trustBuilding = trustBuilding;
    }

    /** The institutions of a cluster, by day then name. */
    public List<LocalInstitution> ofCluster(long clusterId) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from monitoring.local_institution where cluster_id = ? order by changed_on, lower(name), id")
                .param(clusterId)
                .query((rs, n) -> new LocalInstitution(
                        rs.getLong("id"),
                        rs.getLong("cluster_id"),
                        Optional.ofNullable(rs.getObject("intervention_id", Long.class)),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getString("change"),
                        rs.getObject("changed_on", LocalDate.class),
                        Optional.ofNullable(rs.getObject("member_firms", Integer.class)),
                        rs.getString("source"),
                        Optional.ofNullable(rs.getString("note")),
                        rs.getString("recorded_by"),
                        rs.getInt("version")))
                .list();
    }

    /** The institution with this id in this cluster. */
    public Optional<LocalInstitution> find(long clusterId, long id) {
        return ofCluster(clusterId).stream().filter(i -> i.id() == id).findFirst();
    }

    /**
     * Records an institution created or revived.
     *
     * @throws IllegalArgumentException "name: ..." when the cluster already lists one of that kind and name
     * @throws AccessDeniedException when the current user may not record effects for the cluster
     */
    @Transactional
    public LocalInstitution add(long clusterId, InstitutionDraft draft) {
        scope.requireEditor(clusterId);
        long id;
        try {
            id = jdbc.sql("""
                            insert into monitoring.local_institution (cluster_id, kind, name, change, changed_on,
                                member_firms, note, source, recorded_by)
                            values (?, ?, ?, ?, ?, ?, ?, 'ENTERED', ?) returning id""")
                    .params(
                            clusterId,
                            draft.kind(),
                            draft.name(),
                            draft.change(),
                            draft.on(),
                            draft.memberFirms().orElse(null),
                            draft.note().orElse(null),
                            scope.actor())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw duplicate(draft);
        }
        LocalInstitution added = find(clusterId, id).orElseThrow();
        audit.record("CREATE", "local-institution", Long.toString(id), Optional.empty(), Optional.of(added));
        return added;
    }

    /**
     * Changes an institution.
     *
     * @param expectedVersion the version the editor saw
     * @throws IllegalStateException "version: ..." when someone changed it since; nothing is stored
     * @throws NoSuchElementException when the cluster has no such institution
     */
    @Transactional
    public LocalInstitution change(long clusterId, long id, InstitutionDraft draft, int expectedVersion) {
        scope.requireEditor(clusterId);
        LocalInstitution before =
                find(clusterId, id).orElseThrow(() -> new NoSuchElementException("no institution " + id));
        int updated;
        try {
            updated = jdbc.sql("""
                            update monitoring.local_institution
                            set kind = ?, name = ?, change = ?, changed_on = ?, member_firms = ?, note = ?,
                                version = version + 1
                            where id = ? and cluster_id = ? and version = ?""")
                    .params(
                            draft.kind(),
                            draft.name(),
                            draft.change(),
                            draft.on(),
                            draft.memberFirms().orElse(null),
                            draft.note().orElse(null),
                            id,
                            clusterId,
                            expectedVersion)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(draft);
        }
        if (updated == 0) {
            throw Stale.since();
        }
        LocalInstitution after = find(clusterId, id).orElseThrow();
        audit.record("UPDATE", "local-institution", Long.toString(id), Optional.of(before), Optional.of(after));
        return after;
    }

    /**
     * Removes an institution recorded by mistake.
     *
     * @throws NoSuchElementException when the cluster has no such institution
     */
    @Transactional
    public void remove(long clusterId, long id) {
        scope.requireEditor(clusterId);
        LocalInstitution before =
                find(clusterId, id).orElseThrow(() -> new NoSuchElementException("no institution " + id));
        jdbc.sql("delete from monitoring.local_institution where id = ?")
                .param(id)
                .update();
        audit.record("DELETE", "local-institution", Long.toString(id), Optional.of(before), Optional.empty());
    }

    /** Lists a body formed by trust building as created on the day of the activity that formed it, once. */
    @ApplicationModuleListener
    void on(CollectiveBodyFormed formed) {
        LocalDate day = trustBuilding.activities(formed.interventionId()).stream()
                .filter(a -> a.bodyName().filter(formed.name()::equals).isPresent())
                .map(TrustActivity::heldOn)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.now(ZoneId.of("Asia/Kolkata")));
        List<Long> added = jdbc.sql("""
                        insert into monitoring.local_institution (cluster_id, intervention_id, kind, name, change,
                            changed_on, source, recorded_by)
                        values (?, ?, ?, ?, 'CREATED', ?, 'TRUST_BUILDING', 'system')
                        on conflict do nothing returning id""")
                .params(formed.clusterId(), formed.interventionId(), formed.kind(), formed.name(), day)
                .query(Long.class)
                .list();
        added.forEach(id -> audit.record(
                "CREATE", "local-institution", Long.toString(id), Optional.empty(), find(formed.clusterId(), id)));
    }

    private static IllegalArgumentException duplicate(InstitutionDraft draft) {
        return new IllegalArgumentException(
                "name: the cluster already lists the " + draft.kind() + " '" + draft.name() + "'");
    }
}
