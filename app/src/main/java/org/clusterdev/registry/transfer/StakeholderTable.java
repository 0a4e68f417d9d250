package org.clusterdev.registry.transfer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stakeholders (actors) of clusters, their membership of clusters and their linkages, as imports see them. */
@Repository
class StakeholderTable {

    private final JdbcClient jdbc;

    StakeholderTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored actor with the values an import sets. */
    record StoredActor(long id, String name, String kind, String description, String contact) {}

    /** A stored linkage between two actors in a cluster. */
    record StoredLinkage(long id, LocalDate endedOn) {}

    /** The actor of this name (ignoring case) in this state; actors are shared by the clusters of a state. */
    Optional<StoredActor> actor(String name, int stateCode) {
        return jdbc.sql("""
                        select id, name, kind, description, contact from registry.actor
                        where lower(name) = lower(?) and state_code = ? order by id limit 1""").params(name, stateCode).query(StoredActor.class).optional();
    }

    /** The actor of this name among the stakeholders of a cluster. */
    Optional<StoredActor> actorOfCluster(long clusterId, String name) {
        return jdbc.sql("""
                        select a.id, a.name, a.kind, a.description, a.contact
                        from registry.actor a join registry.cluster_actor ca on ca.actor_id = a.id
                        where ca.cluster_id = ? and lower(a.name) = lower(?) order by a.id limit 1""").params(clusterId, name).query(StoredActor.class).optional();
    }

    boolean attached(long clusterId, long actorId) {
        return jdbc.sql("select exists (select 1 from registry.cluster_actor where cluster_id = ? and actor_id = ?)")
                .params(clusterId, actorId)
                .query(Boolean.class)
                .single();
    }

    Optional<StoredLinkage> linkage(long clusterId, long from, long to, String kind, LocalDate startedOn) {
        return jdbc.sql("""
                        select id, ended_on from registry.linkage
                        where cluster_id = :cluster and from_actor = :from and to_actor = :to and kind = :kind
                          and started_on is not distinct from cast(:started as date)
                        order by id limit 1""")
                .params(Map.of("cluster", clusterId, "from", from, "to", to, "kind", kind))
                .param("started", startedOn)
                .query(StoredLinkage.class)
                .optional();
    }

    long insertActor(String name, String kind, String description, String contact, int stateCode) {
        return jdbc.sql("""
                        insert into registry.actor (name, kind, description, contact, state_code)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(name, kind, description, contact, stateCode)
                .query(Long.class)
                .single();
    }

    void updateActor(long id, String kind, String description, String contact) {
        jdbc.sql("""
                        update registry.actor set kind = ?, description = ?, contact = ?, version = version + 1
                        where id = ?""").params(kind, description, contact, id).update();
    }

    void attach(long clusterId, long actorId) {
        jdbc.sql("insert into registry.cluster_actor (cluster_id, actor_id) values (?, ?) on conflict do nothing")
                .params(clusterId, actorId)
                .update();
    }

    long insertLinkage(long clusterId, long from, long to, String kind, LocalDate startedOn, LocalDate endedOn) {
        return jdbc.sql("""
                        insert into registry.linkage (cluster_id, from_actor, to_actor, kind, started_on, ended_on)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(clusterId, from, to, kind, startedOn, endedOn)
                .query(Long.class)
                .single();
    }

    void endLinkage(long id, LocalDate endedOn) {
        jdbc.sql("update registry.linkage set ended_on = ? where id = ?")
                .params(endedOn, id)
                .update();
    }
}
