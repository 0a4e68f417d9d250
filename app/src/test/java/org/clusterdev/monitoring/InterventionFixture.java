package org.clusterdev.monitoring;

import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Interventions inserted as rows of the programme's table, so monitoring tests do not depend on the lifecycle
 * rules for getting an intervention to implementation. Each title is unique to its test class. They are stored
 * as closed so that they never stand in the way of the programme's own tests, which propose open interventions
 * for the same sample clusters in the same database; reporting does not depend on the stage.
 */
final class InterventionFixture {

    private final JdbcClient jdbc;
    private final ClusterRegistry registry;

    InterventionFixture(JdbcClient jdbc, ClusterRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** The intervention with this title, inserted for the named sample cluster when it does not exist yet. */
    long implementing(String title, String clusterName, String scheme) {
        return jdbc.sql("select id from programme.intervention where title = ?")
                .param(title)
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    ClusterSummary cluster = cluster(clusterName);
                    return jdbc.sql("""
                                    insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage,
                                           closed_reason)
                                    values (?, ?, ?, ?, 'CLOSED', 'monitoring test fixture') returning id""")
                            .params(cluster.id(), cluster.stateCode(), scheme, title)
                            .query(Long.class)
                            .single();
                });
    }

    ClusterSummary cluster(String name) {
        return registry.all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
