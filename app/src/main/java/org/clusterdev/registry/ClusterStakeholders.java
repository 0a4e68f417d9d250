package org.clusterdev.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholders that join a cluster through the programme rather than the registry's own import: a local body
 * (association, network, consortium, SPV) formed by trust building is listed among the cluster's actors, so its
 * linkage network and its institutional capacity show the change.
 */
@Service
public class ClusterStakeholders {

    /** The kinds of local body trust building forms. */
    public static final Set<String> FORMED_BODIES = Set.of("ASSOCIATION", "NETWORK", "CONSORTIUM", "SPV");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ClusterStakeholders(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Lists a newly formed body among a cluster's stakeholders, in the caller's transaction, and audits it.
     *
     * @param kind one of {@link #FORMED_BODIES}
     * @param since the day it was formed
     * @return the new actor's id
     * @throws IllegalArgumentException naming the field when the kind, name or day is not acceptable
     * @throws NoSuchElementException when no cluster has this id
     */
    @Transactional
    public long addFormedBody(long clusterId, String kind, String name, LocalDate since) {
        if (!FORMED_BODIES.contains(kind)) {
            throw new IllegalArgumentException("kind: one of " + FORMED_BODIES);
        }
        String title = name == null ? "" : name.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("name: a body formed needs a name");
        }
        if (since == null) {
            throw new IllegalArgumentException("since: the day the body was formed is required");
        }
        int stateCode = jdbc.sql("select state_code from registry.cluster where id = ?")
                .param(clusterId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("clusterId: no cluster has the id " + clusterId));
        long actorId = jdbc.sql("insert into registry.actor (name, kind, state_code) values (?, ?, ?) returning id")
                .params(title, kind, stateCode)
                .query(Long.class)
                .single();
        jdbc.sql("insert into registry.cluster_actor (cluster_id, actor_id, since) values (?, ?, ?)")
                .params(clusterId, actorId, since)
                .update();
        audit.record(
                "CREATE",
                "actor",
                Long.toString(actorId),
                Optional.empty(),
                Optional.of(Map.of("clusterId", clusterId, "kind", kind, "name", title, "since", since.toString())));
        return actorId;
    }
}
