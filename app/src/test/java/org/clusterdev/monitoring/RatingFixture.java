package org.clusterdev.monitoring;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clusters, associations and approved indicator values of the rating tests, inserted as rows so the tests rest
 * on their own data only. Names carry the test class's prefix.
 */
final class RatingFixture {

    private final JdbcClient jdbc;

    RatingFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A cluster in Odisha (state 21). */
    long cluster(String name, String product, String nic, String typology) {
        return jdbc.sql("""
                        insert into registry.cluster (name, product, nic_code, typology_code, state_code, latitude,
                               longitude, status)
                        values (?, ?, ?, ?, 21, 20.3, 85.8, 'IDENTIFIED') returning id""")
                .params(name, product, nic, typology)
                .query(Long.class)
                .single();
    }

    /** A stakeholder of a cluster. */
    long actor(long clusterId, String name, String kind) {
        long id = jdbc.sql("insert into registry.actor (name, kind, state_code) values (?, ?, 21) returning id")
                .params(name, kind)
                .query(Long.class)
                .single();
        jdbc.sql("insert into registry.cluster_actor (cluster_id, actor_id) values (?, ?)")
                .params(clusterId, id)
                .update();
        return id;
    }

    /** An actual of an indicator (TOTAL) for a cluster's quarter, with the approval rank given (3: the scheme's). */
    void actual(long clusterId, String indicator, int year, int quarter, String value, int approval) {
        long intervention = 7_000_000 + clusterId;
        long report = jdbc.sql("""
                        insert into monitoring.report (intervention_id, year, quarter, cluster_id, cluster_name,
                               state_code, scheme_code, intervention_title, approval)
                        values (?, ?, ?, ?, 'peer', 21, 'TEST', 'peer', ?)
                        on conflict (intervention_id, year, quarter) do update set approval = excluded.approval
                        returning id""")
                .params(intervention, year, quarter, clusterId, approval)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into monitoring.indicator_value (report_id, indicator_code, kind, breakdown, value,
                               intervention_id, period, approval, cluster_id, state_code, scheme_code, entered_by)
                        values (?, ?, 'ACTUAL', 'TOTAL', ?, ?, ?, ?, ?, 21, 'TEST', 'test')""")
                .params(
                        report,
                        indicator,
                        new BigDecimal(value),
                        intervention,
                        year * 10 + quarter,
                        approval,
                        clusterId)
                .update();
    }

    /** How many ratings a cluster has under any scheme. */
    long ratings(long clusterId) {
        return jdbc.sql("select count(*) from monitoring.rating where cluster_id = ?")
                .param(clusterId)
                .query(Long.class)
                .single();
    }
}
