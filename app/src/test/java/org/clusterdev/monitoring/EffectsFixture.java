package org.clusterdev.monitoring;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clusters, stakeholders, linkages, figures and interventions of the effects tests, inserted as rows of the other
 * modules' tables so that the tests fix every date. Each name is unique to its test class; a row that exists is
 * found again rather than inserted twice.
 */
final class EffectsFixture {

    private final JdbcClient jdbc;

    EffectsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A services cluster in the Andaman and Nicobar Islands with this name: a state, typology and place that no
     * registry test filters or counts by, so these rows stay out of their figures.
     */
    long cluster(String name) {
        return jdbc.sql("select id from registry.cluster where name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into registry.cluster (name, product, nic_code, typology_code, state_code,
                                       latitude, longitude, status)
                                values (?, 'Fixture services', '96099', 'SERVICES', 35, 11.62, 92.72, 'IDENTIFIED')
                                returning id""").param(name).query(Long.class).single());
    }

    /** A closed intervention of the cluster, which reporting accepts values for. */
    long intervention(long clusterId, String title) {
        return jdbc.sql("select id from programme.intervention where title = ?")
                .param(title)
                .query(Long.class)
                .optional()
                .orElseGet(() ->
                        jdbc.sql("""
                                insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage,
                                       closed_reason)
                                values (?, 35, 'MSECDP', ?, 'CLOSED', 'effects test fixture') returning id""").params(clusterId, title).query(Long.class).single());
    }

    /** The cluster's firms in a year by size class. */
    void figures(long clusterId, int year, Integer enterprises, Integer micro, Integer small, Integer medium) {
        jdbc.sql("""
                        insert into registry.cluster_figure (cluster_id, year, enterprises, micro, small, medium)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""").params(clusterId, year, enterprises, micro, small, medium).update();
    }

    /** An actor of the cluster, part of it since the day given (null: unknown). */
    long actor(long clusterId, String name, String kind, LocalDate since) {
        return jdbc.sql("select id from registry.actor where name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    long id = jdbc.sql(
                                    "insert into registry.actor (name, kind, state_code) values (?, ?, 35) returning id")
                            .params(name, kind)
                            .query(Long.class)
                            .single();
                    jdbc.sql("insert into registry.cluster_actor (cluster_id, actor_id, since) values (?, ?, ?)")
                            .params(clusterId, id, since)
                            .update();
                    return id;
                });
    }

    /** A linkage between two actors of the cluster. */
    void linkage(long clusterId, long from, long to, LocalDate started, LocalDate ended) {
        jdbc.sql("""
                        insert into registry.linkage (cluster_id, from_actor, to_actor, kind, started_on, ended_on)
                        select ?, ?, ?, 'SERVICE', ?, ?
                        where not exists (select 1 from registry.linkage where from_actor = ? and to_actor = ?
                                          and started_on is not distinct from ?)""")
                .params(clusterId, from, to, started, ended, from, to, started)
                .update();
    }

    /** A trust-building activity of the intervention. */
    void trustActivity(long interventionId, String code, LocalDate heldOn) {
        jdbc.sql("""
                        insert into programme.trust_activity (intervention_id, activity_code, held_on, participants,
                               actors, outcome, recorded_by)
                        select ?, ?, ?, 12, 'firms', 'held', 'fixture'
                        where not exists (select 1 from programme.trust_activity
                                          where intervention_id = ? and activity_code = ? and held_on = ?)""")
                .params(interventionId, code, heldOn, interventionId, code, heldOn)
                .update();
    }
}
